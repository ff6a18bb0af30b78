package io.dyad.standalone.store;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackedEventsWithGapsTest {

	private final EventSchema schema = new EventSchema();

	private Connection connection;

	@BeforeEach
	void createEventTable() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
		H2EventTableFactory.INSTANCE.createDomainEventTable(this.connection, this.schema).execute();
		for (long index : List.of(1L, 2L, 4L, 5L, 6L, 9L)) {
			store(index);
		}
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.close();
	}

	@Test
	void readsTheBatchAfterThePositionAndTheGapsThatFilledInOrder() throws SQLException {
		store(3);

		assertThat(read(4, 2, List.of(3L, 7L))).containsExactly(3L, 5L, 6L);
	}

	@Test
	void readsNothingForGapsStillOpenAndAPositionAtTheHead() throws SQLException {
		assertThat(read(9, 100, List.of(3L, 7L, 8L))).isEmpty();
	}

	@Test
	void findsBothPartsThroughThePrimaryKeyInsteadOfScanningTheTable() throws SQLException {
		assertThat(plan(4, 2, List.of(3L, 7L))).containsPattern("PRIMARY_KEY_\\w+: GLOBALINDEX > ")
			.containsPattern("PRIMARY_KEY_\\w+: GLOBALINDEX IN\\(");
	}

	private List<Long> read(long position, int batchSize, List<Long> gaps) throws SQLException {
		List<Long> indexes = new ArrayList<>();
		try (PreparedStatement statement = new TrackedEventsWithGaps().build(this.connection, this.schema, position,
				batchSize, gaps); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				indexes.add(rows.getLong(this.schema.globalIndexColumn()));
			}
		}
		return indexes;
	}

	/** H2's plan names the index condition it looks rows up by after each table. */
	private String plan(long position, int batchSize, List<Long> gaps) throws SQLException {
		Connection explaining = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class },
				(proxy, method, args) -> method.getName().equals("prepareStatement")
						? this.connection.prepareStatement("EXPLAIN " + args[0])
						: method.invoke(this.connection, args));
		try (PreparedStatement explain = new TrackedEventsWithGaps().build(explaining, this.schema, position, batchSize,
				gaps); ResultSet rows = explain.executeQuery()) {
			rows.next();
			return rows.getString(1);
		}
	}

	private void store(long index) throws SQLException {
		try (PreparedStatement insert = this.connection.prepareStatement("INSERT INTO " + this.schema.domainEventTable()
				+ " (globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType,"
				+ " payloadRevision, payload, metaData) VALUES (?, ?, 'r-1', ?, 'Relationship', '2025-01-06T09:00:00Z',"
				+ " 'event', null, X'7b7d', X'7b7d')")) {
			insert.setLong(1, index);
			insert.setString(2, UUID.randomUUID().toString());
			insert.setLong(3, index);
			insert.executeUpdate();
		}
	}

}
