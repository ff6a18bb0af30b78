package io.dyad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * Makes a large event store for the growth phase out of a kept one, in minutes instead of
 * the hours a fill through the command API takes: it appends copies of every stored event
 * under new relationship ids ({@code c1-r-12}, {@code c2-r-12}, ...), with new event ids
 * and the relationship id in the payload replaced. The copies' hash chains still name the
 * original events, so their verification fails; the growth phase sends its commands to
 * the original relationships only. It changes the file in place, compacts it and checks
 * that it still reads: give it a copy.
 *
 * <pre>java -cp benchmarks/target/dyad-benchmarks.jar io.dyad.benchmarks.StoreCopies --event-store=FILE --copies=9</pre>
 */
public final class StoreCopies {

	private static final long ROWS_PER_STATEMENT = 250_000;

	private static final EventSchema SCHEMA = new EventSchema();

	private StoreCopies() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 2 || !args[0].startsWith("--event-store=") || !args[1].startsWith("--copies=")) {
			throw new IllegalArgumentException("usage: StoreCopies --event-store=FILE --copies=N");
		}
		Path file = Path.of(args[0].substring("--event-store=".length()));
		int copies = Integer.parseInt(args[1].substring("--copies=".length()));
		if (!Files.isRegularFile(file) || !file.toString().endsWith(".mv.db")) {
			throw new IllegalArgumentException("not an H2 store file: " + file);
		}
		String url = "jdbc:h2:file:" + file.toString().replaceFirst("\\.mv\\.db$", "");
		long expected;
		try (Connection connection = RawEventReadBenchmark.connect(url);
				Statement statement = connection.createStatement()) {
			expected = RawEventReadBenchmark.count(statement) * (copies + 1);
			long last = lastGlobalIndex(statement);
			refuseCopiesOfCopies(statement, copies);
			List<String> unique = uniqueConstraints(statement);
			if (unique.size() != 2) {
				throw new IllegalStateException("expected the event table's two unique constraints, found " + unique);
			}
			// Unique indexes over random keys rewrite pages all over the file for each
			// row copied; built again at the end, each is one sort.
			for (String constraint : unique) {
				statement.execute("ALTER TABLE " + SCHEMA.domainEventTable() + " DROP CONSTRAINT " + constraint);
			}
			try {
				copy(statement, copies, last);
			}
			finally {
				System.out.println("building the unique indexes");
				addUniqueConstraints(statement);
			}
			System.out.println("compacting the file");
			statement.execute("SHUTDOWN COMPACT");
		}
		check(url, expected);
	}

	private static void copy(Statement statement, int copies, long last) throws SQLException {
		long started = System.nanoTime();
		for (int copy = 1; copy <= copies; copy++) {
			// Up to the kept store's last event only: the copies already made lie beyond
			// it.
			for (long from = 1; from <= last; from += ROWS_PER_STATEMENT) {
				statement.executeUpdate(
						copyStatement("c" + copy + "-", from, Math.min(last, from + ROWS_PER_STATEMENT - 1)));
			}
			System.out.printf(Locale.ROOT, "copy %d of %d done after %.0f s%n", copy, copies,
					(System.nanoTime() - started) / 1e9);
		}
	}

	/**
	 * A store made by this class already holds {@code c1-r-12}, the id that copying
	 * {@code r-12} again would give: the unique index would refuse it only at the end.
	 */
	private static void refuseCopiesOfCopies(Statement statement, int copies) throws SQLException {
		for (int copy = 1; copy <= copies; copy++) {
			try (ResultSet rows = statement
				.executeQuery("SELECT " + SCHEMA.aggregateIdentifierColumn() + " FROM " + SCHEMA.domainEventTable()
						+ " WHERE " + SCHEMA.aggregateIdentifierColumn() + " LIKE 'c" + copy + "-%' LIMIT 1")) {
				if (rows.next()) {
					throw new IllegalStateException("the store already holds " + rows.getString(1)
							+ ", the id a copy would get; give it a copy of the store the copies were made from");
				}
			}
		}
	}

	private static void addUniqueConstraints(Statement statement) throws SQLException {
		String table = SCHEMA.domainEventTable();
		statement.execute("ALTER TABLE " + table + " ADD UNIQUE (" + SCHEMA.aggregateIdentifierColumn() + ", "
				+ SCHEMA.sequenceNumberColumn() + ")");
		statement.execute("ALTER TABLE " + table + " ADD UNIQUE (" + SCHEMA.eventIdentifierColumn() + ")");
	}

	/** H2's offline compaction has left small stores unreadable before (README). */
	private static void check(String url, long expected) {
		try (Connection connection = RawEventReadBenchmark.connect(url);
				Statement statement = connection.createStatement()) {
			long events = RawEventReadBenchmark.count(statement);
			if (events != expected || uniqueConstraints(statement).size() != 2) {
				throw new IllegalStateException("the store holds " + events + " events instead of " + expected
						+ " or lacks a unique constraint; start again from a copy of the kept store");
			}
			System.out.printf(Locale.ROOT, "checked: %,d events and both unique constraints%n", events);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"the compacted store cannot be read; start again from a copy of the kept store", ex);
		}
	}

	private static long lastGlobalIndex(Statement statement) throws SQLException {
		try (ResultSet rows = statement
			.executeQuery("SELECT MAX(" + SCHEMA.globalIndexColumn() + ") FROM " + SCHEMA.domainEventTable())) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> uniqueConstraints(Statement statement) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
				+ " WHERE CONSTRAINT_TYPE = 'UNIQUE' AND UPPER(TABLE_NAME) = UPPER('" + SCHEMA.domainEventTable()
				+ "')")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static String copyStatement(String prefix, long from, long to) {
		String id = SCHEMA.aggregateIdentifierColumn();
		String payload = SCHEMA.payloadColumn();
		String copied = String.join(", ", SCHEMA.typeColumn(), SCHEMA.metaDataColumn(), SCHEMA.payloadRevisionColumn(),
				SCHEMA.payloadTypeColumn(), SCHEMA.timestampColumn());
		return "INSERT INTO " + SCHEMA.domainEventTable() + " (" + id + ", " + SCHEMA.sequenceNumberColumn() + ", "
				+ SCHEMA.eventIdentifierColumn() + ", " + payload + ", " + copied + ") SELECT '" + prefix + "' || " + id
				+ ", " + SCHEMA.sequenceNumberColumn() + ", CAST(RANDOM_UUID() AS VARCHAR), STRINGTOUTF8(REPLACE("
				+ "UTF8TOSTRING(" + payload + "), '\"relationshipId\":\"' || " + id + " || '\"', "
				+ "'\"relationshipId\":\"" + prefix + "' || " + id + " || '\"')), " + copied + " FROM "
				+ SCHEMA.domainEventTable() + " WHERE " + SCHEMA.globalIndexColumn() + " BETWEEN " + from + " AND " + to
				+ " ORDER BY " + SCHEMA.globalIndexColumn();
	}

}
