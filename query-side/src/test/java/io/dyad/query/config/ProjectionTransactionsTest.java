package io.dyad.query.config;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.dyad.query.MongoTestServer;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection's tracking processor with its token in MongoDB, beside a transaction
 * manager that does not cover MongoDB, as the standalone application's JDBC one.
 */
class ProjectionTransactionsTest {

	private final MongoTestServer mongo = new MongoTestServer();

	private Configuration configuration;

	@AfterEach
	void stop() {
		this.configuration.shutdown();
		this.mongo.close();
	}

	@Test
	void handlesABatchThatFailedAgainInsteadOfSkippingIt() {
		FailingOnce projection = new FailingOnce("b");
		this.configuration = start(projection);

		this.configuration.eventStore().publish(GenericEventMessage.asEventMessage("a"));
		this.configuration.eventStore().publish(GenericEventMessage.asEventMessage("b"));
		this.configuration.eventStore().publish(GenericEventMessage.asEventMessage("c"));

		await().until(() -> projection.handled.containsAll(List.of("a", "b", "c")));
		assertThat(projection.failed).isTrue();
	}

	private Configuration start(Object projection) {
		TokenStore tokenStore = new MongoStoreConfiguration().tokenStore(this.mongo.database(),
				JacksonSerializer.defaultSerializer());
		Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
			.configureEmbeddedEventStore((config) -> new InMemoryEventStorageEngine())
			.registerComponent(TransactionManager.class, (config) -> new UnrelatedTransactions())
			.eventProcessing((processing) -> processing.registerTokenStore((config) -> tokenStore)
				.usingTrackingEventProcessors()
				.registerEventHandler((config) -> projection));
		new ProjectionErrorHandling().projectionsRetryFailedEvents().configureModule(configurer);
		new ProjectionTransactions().projectionsRunWithoutTransactions().configureModule(configurer);
		Configuration configuration = configurer.buildConfiguration();
		configuration.start();
		return configuration;
	}

	@ProcessingGroup("stage-history")
	static class FailingOnce {

		final List<String> handled = new CopyOnWriteArrayList<>();

		final AtomicBoolean failed = new AtomicBoolean();

		private final String failing;

		FailingOnce(String failing) {
			this.failing = failing;
		}

		@EventHandler
		void on(String event) {
			if (event.equals(this.failing) && this.failed.compareAndSet(false, true)) {
				throw new IllegalStateException("store unreachable");
			}
			this.handled.add(event);
		}

	}

	/** Transactions of another store, which the projection's writes take no part in. */
	static class UnrelatedTransactions implements TransactionManager {

		@Override
		public Transaction startTransaction() {
			return new Transaction() {

				@Override
				public void commit() {
				}

				@Override
				public void rollback() {
				}

			};
		}

	}

}
