package io.dyad.standalone.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.AbstractEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BlobColumnConversionTest {

	/** Each one written in a transaction of its own, as commands write them. */
	private static final int EVENTS = 200;

	/** Longer than the 256 bytes H2 keeps in the row of a BLOB. */
	private static final String NOTE = "n".repeat(1_000);

	private static final Map<String, String> BINARY_COLUMNS = Map.of("DOMAINEVENTENTRY.PAYLOAD",
			"BINARY VARYING NOT NULL", "DOMAINEVENTENTRY.METADATA", "BINARY VARYING", "SNAPSHOTEVENTENTRY.PAYLOAD",
			"BINARY VARYING NOT NULL", "SNAPSHOTEVENTENTRY.METADATA", "BINARY VARYING");

	private final EventSchema schema = new EventSchema();

	@TempDir
	Path dataDir;

	@Test
	void convertsAStoreMadeWithBlobsAndKeepsItsEvents() throws SQLException {
		JdbcEventStorageEngine engine = engine();
		engine.createSchema(new BlobTables());
		for (int i = 0; i < EVENTS; i++) {
			engine.appendEvents(event(i));
		}
		engine.storeSnapshot(event(EVENTS - 1));

		convert();

		assertThat(columnTypes()).isEqualTo(BINARY_COLUMNS);
		JdbcEventStorageEngine reopened = engine();
		assertThat(payloads(reopened.readEvents("r-1").asStream()))
			.isEqualTo(IntStream.range(0, EVENTS).mapToObj(BlobColumnConversionTest::note).toList());
		assertThat(reopened.readEvents("r-1").asStream().map((event) -> event.getMetaData().get("traceId")))
			.hasSize(EVENTS)
			.startsWith("t-0", "t-1")
			.endsWith("t-" + (EVENTS - 1));
		assertThat(reopened.readSnapshot("r-1").<Object>map(DomainEventMessage::getPayload)).contains(note(EVENTS - 1));
	}

	@Test
	void dropsTheTableCopyThatAStoppedConversionLeftBesideTheTable() throws SQLException {
		storeMadeWith(new BlobTables(), 2);
		execute("CREATE TABLE DOMAINEVENTENTRY_COPY_3_0 AS SELECT * FROM DOMAINEVENTENTRY");
		execute("CREATE TABLE DOMAINEVENTENTRY_COPY_BEFORE_UPGRADE AS SELECT * FROM DOMAINEVENTENTRY");

		convert();

		assertThat(tables()).containsExactlyInAnyOrder("DOMAINEVENTENTRY", "SNAPSHOTEVENTENTRY",
				"DOMAINEVENTENTRY_COPY_BEFORE_UPGRADE");
		assertThat(columnTypes()).containsAllEntriesOf(BINARY_COLUMNS);
		assertThat(payloads(engine().readEvents("r-1").asStream())).containsExactly(note(0), note(1));
	}

	@Test
	void restoresTheCompleteCopyOfATableThatAStoppedConversionHadDropped() throws SQLException {
		storeMadeWith(new BlobTables(), 2);
		execute("ALTER TABLE DOMAINEVENTENTRY RENAME TO DOMAINEVENTENTRY_COPY_3_0");

		convert();

		assertThat(tables()).containsExactlyInAnyOrder("DOMAINEVENTENTRY", "SNAPSHOTEVENTENTRY");
		assertThat(columnTypes()).isEqualTo(BINARY_COLUMNS);
		assertThat(payloads(engine().readEvents("r-1").asStream())).containsExactly(note(0), note(1));
	}

	@Test
	void makesNewStoresWithBinaryColumnsThatNeedNoConversion() throws SQLException {
		storeMadeWith(H2EventTableFactory.INSTANCE, 2);
		Map<String, String> created = columnTypes();

		convert();

		assertThat(created).isEqualTo(BINARY_COLUMNS);
		assertThat(columnTypes()).isEqualTo(created);
		assertThat(payloads(engine().readEvents("r-1").asStream())).containsExactly(note(0), note(1));
	}

	/** Events of one relationship, stored in one transaction in tables made this way. */
	private void storeMadeWith(EventTableFactory tables, int events) {
		JdbcEventStorageEngine engine = engine();
		engine.createSchema(tables);
		engine.appendEvents(events(events));
	}

	private void convert() throws SQLException {
		BlobColumnConversion.convert(url(), "dyad", "", this.schema);
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private List<String> tables() throws SQLException {
		try (Connection connection = connection();
				Statement statement = connection.createStatement();
				ResultSet found = statement
					.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()")) {
			List<String> tables = new ArrayList<>();
			while (found.next()) {
				tables.add(found.getString(1));
			}
			return tables;
		}
	}

	private Map<String, String> columnTypes() throws SQLException {
		try (Connection connection = connection();
				Statement statement = connection.createStatement();
				ResultSet found = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE"
						+ " FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME IN ('PAYLOAD', 'METADATA')")) {
			Map<String, String> types = new HashMap<>();
			while (found.next()) {
				types.put(found.getString(1) + "." + found.getString(2),
						found.getString(3) + ("NO".equals(found.getString(4)) ? " NOT NULL" : ""));
			}
			return types;
		}
	}

	private JdbcEventStorageEngine engine() {
		JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
		return JdbcEventStorageEngine.builder()
			.connectionProvider(this::connection)
			.transactionManager(NoTransactionManager.INSTANCE)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.build();
	}

	private Connection connection() throws SQLException {
		return DriverManager.getConnection(url(), "dyad", "");
	}

	private String url() {
		return "jdbc:h2:file:" + this.dataDir.resolve("events") + ";WRITE_DELAY=0";
	}

	private static List<DomainEventMessage<?>> events(int count) {
		List<DomainEventMessage<?>> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(event(i));
		}
		return events;
	}

	private static DomainEventMessage<?> event(int sequence) {
		return new GenericDomainEventMessage<>("Relationship", "r-1", sequence, note(sequence),
				Map.of("traceId", "t-" + sequence));
	}

	private static Note note(int sequence) {
		return new Note(sequence + NOTE);
	}

	private static List<Object> payloads(Stream<? extends DomainEventMessage<?>> events) {
		return events.<Object>map(DomainEventMessage::getPayload).toList();
	}

	record Note(String text) {
	}

	/** The tables as Dyad made them before its payloads were VARBINARY. */
	private static final class BlobTables extends AbstractEventTableFactory {

		@Override
		protected String idColumnType() {
			return "BIGINT GENERATED BY DEFAULT AS IDENTITY";
		}

		@Override
		protected String payloadType() {
			return "BLOB";
		}

	}

}
