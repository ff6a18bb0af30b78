package io.dyad.standalone.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreCompactionTest {

	private static final int COMMITS = 3_000;

	@TempDir
	Path dataDir;

	/**
	 * One row per commit, each written on its own, as the event store writes a command's
	 * events when no other commits with it. H2 keeps chunks for the retention time (5 s
	 * in the application), which is 0 here so that the test need not wait.
	 */
	@Test
	void keepsTheStoreFileFromGrowingWithEveryCommit() throws Exception {
		JdbcDataSource dataSource = dataSource(
				"jdbc:h2:file:" + this.dataDir.resolve("events") + ";WRITE_DELAY=" + GroupCommit.H2_WRITE_DELAY);
		boolean rewrote = false;
		try (Connection keepOpen = dataSource.getConnection()) {
			GroupCommit commits = commits(dataSource);
			try (EventStoreCompaction compaction = new EventStoreCompaction(commits, 0);
					Connection writer = dataSource.getConnection()) {
				createTable(keepOpen);
				writer.setAutoCommit(false);
				for (int i = 0; i < COMMITS; i++) {
					insert(writer, i);
					writer.commit();
					commits.awaitWritten();
					if (i % 100 == 99) {
						rewrote |= compaction.compact();
					}
				}
			}
		}

		assertThat(rewrote).isTrue();
		// About 2 MB; without compaction each commit leaves a chunk behind: 17 MB.
		assertThat(Files.size(this.dataDir.resolve("events.mv.db"))).isLessThan(COMMITS * 2_000L);
		try (Connection reopened = dataSource.getConnection();
				Statement statement = reopened.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT COUNT(*), SUM(seq), SUM(LENGTH(payload)) FROM events")) {
			rows.next();
			assertThat(rows.getLong(1)).isEqualTo(COMMITS);
			assertThat(rows.getLong(2)).isEqualTo((long) COMMITS * (COMMITS - 1) / 2);
			assertThat(rows.getLong(3)).isEqualTo(COMMITS * 600L);
		}
	}

	@Test
	void keepsWrittenChunksForFiveSeconds() throws Exception {
		JdbcDataSource dataSource = dataSource(
				"jdbc:h2:file:" + this.dataDir.resolve("events") + ";WRITE_DELAY=" + GroupCommit.H2_WRITE_DELAY);
		try (Connection keepOpen = dataSource.getConnection();
				EventStoreCompaction compaction = new EventStoreCompaction(commits(dataSource))) {
			assertThat(retentionTime(keepOpen)).isEqualTo(5_000);
		}
	}

	private static int retentionTime(Connection connection) throws SQLException {
		return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
				? session.getDatabase().getStore().getMvStore().getRetentionTime() : -1;
	}

	private static GroupCommit commits(JdbcDataSource dataSource) {
		return new GroupCommit(GroupCommit.storeOf(dataSource).orElseThrow());
	}

	private static JdbcDataSource dataSource(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("dyad");
		return dataSource;
	}

	private static void createTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE events (globalIndex BIGINT AUTO_INCREMENT PRIMARY KEY, "
					+ "aggregateIdentifier VARCHAR(64), seq BIGINT, eventIdentifier VARCHAR(64) UNIQUE, "
					+ "payload VARBINARY, UNIQUE (aggregateIdentifier, seq))");
		}
	}

	private static void insert(Connection connection, int i) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO events (aggregateIdentifier, seq, eventIdentifier, payload) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, "r-" + (i % 100));
			insert.setLong(2, i);
			insert.setString(3, UUID.randomUUID().toString());
			insert.setBytes(4, new byte[600]);
			insert.executeUpdate();
		}
	}

}
