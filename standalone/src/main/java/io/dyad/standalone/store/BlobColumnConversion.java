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
 * {@value H2EventTableFactory#PAYLOAD_TYPE} (see {@link H2EventTableFactory}), once,
 * before the application opens the store.
 * <p>
 * H2 alters a column by copying the table into one named like
 * {@code DOMAINEVENTENTRY_COPY_7_0}, then drops the table and renames the copy,
 * committing each step. A start stopped before the drop leaves the table as it was and a
 * copy, which the next start drops before it converts the column again; one stopped
 * between the drop and the rename leaves only the complete copy, which the next start
 * renames back. The file keeps the space the old rows and LOBs held, and later writes
 * reuse it. H2's offline compaction ({@code SHUTDOWN COMPACT}) would return it, but it
 * left small converted stores unreadable in 7 of 12 tries.
 */
final class BlobColumnConversion {

	private static final Logger logger = LoggerFactory.getLogger(BlobColumnConversion.class);

	private static final String BLOB_COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
			+ " WHERE TABLE_SCHEMA = SCHEMA() AND DATA_TYPE = 'BINARY LARGE OBJECT'"
			+ " AND TABLE_NAME IN (?, ?) AND COLUMN_NAME IN (?, ?) ORDER BY TABLE_NAME, COLUMN_NAME";

	private static final String TABLES = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()";

	private BlobColumnConversion() {
	}

	/**
	 * Converts the BLOB columns of the event and snapshot tables, if there are any. The
	 * copies go through plain file access: through {@code async:} access a column of the
	 * 1,000,000-event store took 279 s instead of 81 s, and nothing interrupts this
	 * thread.
	 */
	static void convert(String url, String user, String password, EventSchema schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url.replace("jdbc:h2:async:", "jdbc:h2:file:"), user,
				password)) {
			List<String> tables = tables(connection);
			for (String table : List.of(upper(schema.domainEventTable()), upper(schema.snapshotTable()))) {
				settleCopiesLeftBehind(connection, table, tables);
			}
			for (Column column : blobColumns(connection, schema)) {
				convertColumn(connection, column);
			}
		}
	}

	private static void settleCopiesLeftBehind(Connection connection, String table, List<String> tables)
			throws SQLException {
		boolean tableKept = tables.contains(table);
		for (String copy : tables) {
			if (!copy.matches(table + "_COPY_[0-9]+_[0-9]+")) {
				continue;
			}
			if (tableKept) {
				logger.info("Dropping {}, left behind by a conversion that was stopped before it replaced {}", copy,
						table);
				execute(connection, "DROP TABLE " + quoted(copy));
			}
			else {
				logger.warn("Renaming {} back to {}: a conversion was stopped after it dropped {} and before it"
						+ " renamed the complete copy", copy, table, table);
				execute(connection, "ALTER TABLE " + quoted(copy) + " RENAME TO " + quoted(table));
				tableKept = true;
			}
		}
	}

	private static void convertColumn(Connection connection, Column column) throws SQLException {
		logger.info(
				"Converting {}.{} of the event store from BLOB to {} ({} rows, once: H2 copies the table for"
						+ " each column, about a minute per million rows)",
				column.table(), column.name(), H2EventTableFactory.PAYLOAD_TYPE, rows(connection, column.table()));
		long started = System.nanoTime();
		execute(connection, "ALTER TABLE " + quoted(column.table()) + " ALTER COLUMN " + quoted(column.name())
				+ " SET DATA TYPE " + H2EventTableFactory.PAYLOAD_TYPE);
		logger.info("Converted {}.{} in {} ms", column.table(), column.name(),
				(System.nanoTime() - started) / 1_000_000);
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

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet found = statement.executeQuery(TABLES)) {
			while (found.next()) {
				tables.add(found.getString(1));
			}
		}
		return tables;
	}

	private static long rows(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + quoted(table))) {
			count.next();
			return count.getLong(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** H2 keeps unquoted names in upper case, as Axon's factories create them. */
	private static String upper(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	private static String quoted(String name) {
		return "\"" + name + "\"";
	}

	private record Column(String table, String name) {
	}

}
