package io.dyad.benchmarks;

import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Reads the whole event store in order through Axon's JDBC event storage engine, in this
 * process, deserializing every payload: what a processor does before its handlers run.
 */
final class RawEventRead {

	private RawEventRead() {
	}

	/** Answers the events read and the seconds taken. */
	static double[] read(String url) throws Exception {
		ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		JacksonSerializer serializer = JacksonSerializer.builder()
			.objectMapper(mapper)
			.lenientDeserialization()
			.build();
		JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
			.connectionProvider(() -> DriverManager.getConnection(url, "dyad", ""))
			.transactionManager(NoTransactionManager.INSTANCE)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.build();
		AtomicLong events = new AtomicLong();
		// Embedded H2 closes the database with its last connection; this one keeps it
		// open,
		// as the application's connection pool does.
		try (var open = DriverManager.getConnection(url, "dyad", "")) {
			long start = System.nanoTime();
			try (var stream = engine.readEvents(null, false)) {
				stream.forEach((event) -> {
					if (event.getPayload() != null) {
						events.incrementAndGet();
					}
				});
			}
			return new double[] { events.get(), (System.nanoTime() - start) / 1e9 };
		}
	}

}
