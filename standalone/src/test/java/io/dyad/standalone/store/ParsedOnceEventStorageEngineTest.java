package io.dyad.standalone.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedOnceEventStorageEngineTest {

	private static final String LONG_AGO = "2025-01-06T09:00:00.250Z";

	private final EventSchema schema = new EventSchema();

	private final String url = "jdbc:h2:mem:" + UUID.randomUUID();

	private Connection keepOpen;

	@BeforeEach
	void createEventTable() throws SQLException {
		this.keepOpen = DriverManager.getConnection(this.url);
		H2EventTableFactory.INSTANCE.createDomainEventTable(this.keepOpen, this.schema).execute();
	}

	@AfterEach
	void close() throws SQLException {
		this.keepOpen.close();
	}

	@Test
	void tracksOldEventsWithoutGapsAndRecentOnesWithTheirGaps() throws SQLException {
		String recent = DateTimeUtils.formatInstant(Instant.now().minusSeconds(5));
		store(1, LONG_AGO);
		store(2, LONG_AGO);
		store(4, LONG_AGO);
		store(5, recent);
		store(6, recent);
		store(9, recent);

		List<TrackedEventMessage<?>> read = read(parsedOnce());

		assertThat(read).extracting(TrackedEventMessage::trackingToken)
			.containsExactly(token(1), token(2), token(4), token(5), token(6), token(9, 7L, 8L))
			.isEqualTo(tokens(read(axons())));
		assertThat(read).extracting(TrackedEventMessage::getTimestamp)
			.containsExactly(Instant.parse(LONG_AGO), Instant.parse(LONG_AGO), Instant.parse(LONG_AGO),
					Instant.parse(recent), Instant.parse(recent), Instant.parse(recent));
	}

	@Test
	void startsARecentStreamWithTheGapsBeforeItsFirstEvent() throws SQLException {
		String recent = DateTimeUtils.formatInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		store(3, recent);
		store(5, recent);

		List<TrackedEventMessage<?>> read = read(parsedOnce());

		assertThat(tokens(read)).containsExactly(token(3, 1L, 2L), token(5, 1L, 2L, 4L))
			.isEqualTo(tokens(read(axons())));
		assertThat(read.get(0).getTimestamp()).isEqualTo(Instant.parse(recent));
	}

	@Test
	void keepsWhatElseTheStoreHolds() throws SQLException {
		store(1, LONG_AGO);

		TrackedEventMessage<?> read = read(parsedOnce()).get(0);
		TrackedEventMessage<?> axons = read(axons()).get(0);

		assertThat(read.getIdentifier()).isEqualTo(axons.getIdentifier()).isEqualTo("event-1");
		assertThat(read.getPayloadType()).isEqualTo(axons.getPayloadType()).isEqualTo(StoredPayload.class);
		assertThat(read.getPayload()).isEqualTo(axons.getPayload()).isEqualTo(new StoredPayload("r-1"));
		assertThat(read.getMetaData()).isEqualTo(axons.getMetaData()).containsEntry("traceId", "t-1");
	}

	private JdbcEventStorageEngine parsedOnce() {
		return new ParsedOnceEventStorageEngine(builder());
	}

	private JdbcEventStorageEngine axons() {
		return builder().build();
	}

	private JdbcEventStorageEngine.Builder builder() {
		JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
		return JdbcEventStorageEngine.builder()
			.connectionProvider(() -> DriverManager.getConnection(this.url))
			.transactionManager(NoTransactionManager.INSTANCE)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer);
	}

	private static List<TrackedEventMessage<?>> read(JdbcEventStorageEngine engine) {
		try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
			return events.<TrackedEventMessage<?>>map((event) -> event).toList();
		}
	}

	private static List<Object> tokens(List<TrackedEventMessage<?>> events) {
		return events.stream().<Object>map(TrackedEventMessage::trackingToken).toList();
	}

	private static GapAwareTrackingToken token(long index, Long... gaps) {
		return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
	}

	private void store(long index, String timestamp) throws SQLException {
		try (PreparedStatement insert = this.keepOpen.prepareStatement("INSERT INTO " + this.schema.domainEventTable()
				+ " (globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType,"
				+ " payloadRevision, payload, metaData) VALUES (?, ?, 'r-1', ?, 'Relationship', ?, ?, null, ?, ?)")) {
			insert.setLong(1, index);
			insert.setString(2, "event-" + index);
			insert.setLong(3, index);
			insert.setString(4, timestamp);
			insert.setString(5, StoredPayload.class.getName());
			insert.setBytes(6, "{\"relationshipId\":\"r-1\"}".getBytes());
			insert.setBytes(7, "{\"traceId\":\"t-1\"}".getBytes());
			insert.executeUpdate();
		}
	}

	record StoredPayload(String relationshipId) {
	}

}
