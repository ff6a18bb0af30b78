package io.dyad.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reads the whole event store in order through Axon's JDBC event storage engine,
 * deserializing every payload: what a processor does before its handlers run. One
 * invocation reads every event once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RawEventReadBenchmark {

	/** The stopped application's event store. */
	@Param("")
	public String url;

	private JdbcEventStorageEngine engine;

	private Connection keepOpen;

	@Setup
	public void openStore() throws SQLException {
		// Embedded H2 closes the database with its last connection; this one keeps it
		// open between the engine's connections, as the application's pool does.
		this.keepOpen = connect(this.url);
		ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		JacksonSerializer serializer = JacksonSerializer.builder()
			.objectMapper(mapper)
			.lenientDeserialization()
			.build();
		this.engine = JdbcEventStorageEngine.builder()
			.connectionProvider(() -> connect(this.url))
			.transactionManager(NoTransactionManager.INSTANCE)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.build();
	}

	@TearDown
	public void closeStore() throws SQLException {
		this.keepOpen.close();
	}

	/** Answers the events read, so the reads cannot be optimised away. */
	@Benchmark
	public long readAll() {
		try (var events = this.engine.readEvents(null, false)) {
			return events.filter((event) -> event.getPayload() != null).count();
		}
	}

	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, "dyad", "");
	}

	static long count(Statement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + new EventSchema().domainEventTable())) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
