package io.dyad.standalone.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts the payload and metadata columns of an H2 event store made before they were
 * {@value H2EventTableFactory#BINARY} (see {@link H2EventTableFactory}), once, before the
 * application opens the store. H2 alters a column by copying the table; a start stopped
 * half way leaves that column as it was and a partial copy, which the next start drops
 * before it converts the column again. The file keeps the space the old rows and LOBs
 * held, and later writes reuse it. H2's offline compaction ({@code SHUTDOWN COMPACT})
 * would return it, but it left small converted stores unreadable in 7 of 12 tries.
 */
final class BlobColumnConversion {

	private static final Logger logger = LoggerFactory.getLogger(BlobColumnConversion.class);

	private static final String BLOB_COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
			+ " WHERE TABLE_SCHEMA = SCHEMA() AND DATA_TYPE = 'BINARY LARGE OBJECT'"
			+ " AND TABLE_NAME IN (?, ?) AND COLUMN_NAME IN (?, ?) ORDER BY TABLE_NAME, COLUMN_NAME";

	private static final String COPIES = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
			+ " WHERE TABLE_SCHEMA = SCHEMA() AND (TABLE_NAME LIKE ? OR TABLE_NAME LIKE ?)";

	private BlobColumnConversion() {
	}

	/** Converts the BLOB columns of the event and snapshot tables, if there are any. */
	static void convert(String url, String user, String password, EventSchema schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			List<Column> columns = blobColumns(connection, schema);
			if (columns.isEmpty()) {
				return;
			}
			dropCopiesLeftBehind(connection, schema);
			for (Column column : columns) {
				convert(connection, column);
			}
		}
	}

	private static void convert(Connection connection, Column column) throws SQLException {
		long rows = rows(connection, column.table());
		logger.info("Converting {}.{} of the event store from BLOB to {} ({} rows, once; about a minute per"
				+ " million rows)", column.table(), column.name(), H2EventTableFactory.BINARY, rows);
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + column.table() + " ALTER COLUMN " + column.name() + " SET DATA TYPE "
					+ H2EventTableFactory.BINARY);
		}
		logger.info("Converted {}.{} in {} s", column.table(), column.name(), seconds(started));
	}

	/**
	 * H2 alters a column by copying the table into {@code
	 *
	<table>
	 * _COPY_<session>_<n>}: a start stopped during a conversion leaves that copy behind,
	 * committed.
	 */
	private static void dropCopiesLeftBehind(Connection connection, EventSchema schema) throws SQLException {
		List<String> copies = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(COPIES)) {
			query.setString(1, upper(schema.domainEventTable()) + "\\_COPY\\_%");
			query.setString(2, upper(schema.snapshotTable()) + "\\_COPY\\_%");
			try (ResultSet found = query.executeQuery()) {
				while (found.next()) {
					copies.add(found.getString(1));
				}
			}
		}
		for (String copy : copies) {
			logger.info("Dropping {}, left behind by a conversion that was stopped", copy);
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE \"" + copy + "\"");
			}
		}
	}

	private static List<Column> blobColumns(Connection connection, EventSchema schema) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(BLOB_COLUMNS)) {
			query.setString(1, upper(schema.domainEventTable()));
			query.setString(2, upper(schema.snapshotTable()));
			query.setString(3, upper(schema.payloadColumn()));
			query.setString(4, upper(schema.metaDataColumn()));
			try (ResultSet found = query.executeQuery()) {
				while (found.next()) {
					columns.add(new Column(found.getString(1), found.getString(2)));
				}
			}
		}
		return columns;
	}

	private static long rows(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			count.next();
			return count.getLong(1);
		}
	}

	/** H2 keeps unquoted names in upper case, as Axon's factories create them. */
	private static String upper(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	private static long seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000_000;
	}

	private record Column(String table, String name) {
	}

}
