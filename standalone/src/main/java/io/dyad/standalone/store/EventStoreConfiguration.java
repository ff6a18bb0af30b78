package io.dyad.standalone.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Axon's JDBC event storage engine over H2 (embedded) or PostgreSQL (by JDBC URL). */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	/** Unique-key violation, the same SQL state on H2 and PostgreSQL. */
	private static final String UNIQUE_VIOLATION = "23505";

	/** Axon's default table and column names, for the engine and the conversion alike. */
	private static final EventSchema EVENT_SCHEMA = new EventSchema();

	/**
	 * Recognises a concurrent append to the same relationship, so Axon reports it as a
	 * concurrency conflict and the command is retried; Axon's default resolver misses
	 * PostgreSQL's error.
	 */
	@Bean
	PersistenceExceptionResolver persistenceExceptionResolver() {
		return (exception) -> {
			for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
					return true;
				}
			}
			return false;
		};
	}

	/**
	 * Axon's engine as its auto-configuration builds it, with an index-friendly query for
	 * the events in a tracking token's gaps, reading each tracked event's timestamp once.
	 */
	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			PersistenceExceptionResolver persistenceExceptionResolver,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager) {
		return new ParsedOnceEventStorageEngine(JdbcEventStorageEngine.builder()
			.schema(EVENT_SCHEMA)
			.snapshotSerializer(defaultSerializer)
			.upcasterChain(configuration.upcasterChain())
			.persistenceExceptionResolver(persistenceExceptionResolver)
			.eventSerializer(eventSerializer)
			.snapshotFilter(configuration.snapshotFilter())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.readEventDataWithGaps(new TrackedEventsWithGaps()));
	}

	/**
	 * Spring's JDBC transactions; on the embedded H2 store, a commit returns once the
	 * store's file holds it, written together with the commits made meanwhile.
	 */
	@Bean
	DataSourceTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		DataSourceTransactionManager manager = GroupCommit.storeOf(dataSource)
			.<DataSourceTransactionManager>map(
					(store) -> new GroupCommitTransactionManager(dataSource, new GroupCommit(store)))
			.orElseGet(() -> new JdbcTransactionManager(dataSource));
		customizers.ifAvailable((customizer) -> customizer.customize(manager));
		return manager;
	}

	/**
	 * Compacts the embedded H2 store while the application runs; a PostgreSQL server
	 * looks after its own files.
	 */
	@Bean
	AutoCloseable eventStoreCompaction(DataSourceTransactionManager transactionManager) {
		if (transactionManager instanceof GroupCommitTransactionManager groupCommitting) {
			return new EventStoreCompaction(groupCommitting.commits());
		}
		return () -> {
		};
	}

	/**
	 * Converts an H2 store made with BLOB columns as its pool is set up, before anything
	 * has opened it.
	 */
	@Bean
	static BeanPostProcessor blobColumnConversion() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:h2:")) {
					try {
						BlobColumnConversion.convert(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(),
								EVENT_SCHEMA);
					}
					catch (SQLException ex) {
						throw new IllegalStateException("The event store's BLOB columns could not be converted to "
								+ H2EventTableFactory.PAYLOAD_TYPE + " (the conversion needs about as much free disk"
								+ " space as the store takes): " + ex.getMessage(), ex);
					}
				}
				return bean;
			}

		};
	}

	/**
	 * Axon creates no tables itself; the factory's DDL is idempotent, so it runs at every
	 * start.
	 */
	@Bean
	InitializingBean eventTables(EventStorageEngine engine, DataSource dataSource) {
		return () -> ((JdbcEventStorageEngine) engine).createSchema(tableFactory(dataSource));
	}

	private static EventTableFactory tableFactory(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase().contains("postgres") ? PostgresEventTableFactory.INSTANCE
					: H2EventTableFactory.INSTANCE;
		}
		catch (SQLException ex) {
			throw new EventStoreUnavailableException(ex);
		}
	}

}
