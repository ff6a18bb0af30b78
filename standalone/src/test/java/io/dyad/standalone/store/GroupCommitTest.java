package io.dyad.standalone.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the store's file taken right after a commit returns holds what a crash at
 * that moment would leave.
 */
class GroupCommitTest {

	@TempDir
	Path dataDir;

	private JdbcDataSource dataSource;

	private Connection keepOpen;

	private MVStore store;

	@BeforeEach
	void openStore() throws Exception {
		this.dataSource = dataSource(this.dataDir.resolve("store/events"));
		this.keepOpen = this.dataSource.getConnection();
		try (Statement statement = this.keepOpen.createStatement()) {
			statement.execute("CREATE TABLE events (eventIdentifier VARCHAR(64) PRIMARY KEY)");
		}
		this.store = GroupCommit.storeOf(this.dataSource).orElseThrow();
		this.store.commit();
	}

	@AfterEach
	void closeStore() throws Exception {
		this.keepOpen.close();
	}

	@Test
	void aCommitReturnsOnceTheFileHoldsIt() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(groupCommitting());

		transactions.executeWithoutResult((status) -> insert("e-1"));

		assertThat(eventsInACopyOfTheFile()).containsExactly("e-1");
	}

	/** H2 at this write delay leaves the file as it was: the case the class is for. */
	@Test
	void withoutItACommitReturnsBeforeTheFileHoldsIt() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(this.dataSource));

		transactions.executeWithoutResult((status) -> insert("e-1"));

		assertThat(eventsInACopyOfTheFile()).isEmpty();
	}

	@Test
	void commitsMadeTogetherAreAllInTheFile() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(groupCommitting());
		ExecutorService clients = Executors.newFixedThreadPool(16);
		List<Future<?>> commits = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String id = "e-" + i;
			commits.add(clients.submit(() -> transactions.executeWithoutResult((status) -> insert(id))));
		}
		for (Future<?> commit : commits) {
			commit.get();
		}
		clients.shutdown();

		assertThat(eventsInACopyOfTheFile()).hasSize(400);
	}

	/**
	 * Another transaction's uncommitted row counts as unsaved, as a command's does while
	 * others commit.
	 */
	@Test
	void aTransactionThatOnlyReadsWritesNothing() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(groupCommitting());
		this.keepOpen.setAutoCommit(false);
		try (Statement statement = this.keepOpen.createStatement()) {
			statement.executeUpdate("INSERT INTO events VALUES ('in-flight')");
		}
		long writes = this.store.getFileStore().getWriteCount();

		Integer count = transactions.execute((status) -> new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT COUNT(*) FROM events", Integer.class));

		assertThat(count).isZero();
		assertThat(this.store.getFileStore().getWriteCount()).isEqualTo(writes);
	}

	@Test
	void leavesStoresWithoutAFileToH2() {
		assertThat(GroupCommit.storeOf(dataSource("jdbc:h2:mem:" + UUID.randomUUID()))).isEmpty();
	}

	/** There H2's background thread writes the commits and compacts the file. */
	@Test
	void leavesStoresWithH2sDefaultWriteDelayToH2() throws Exception {
		JdbcDataSource defaults = dataSource("jdbc:h2:file:" + this.dataDir.resolve("defaults/events"));
		try (Connection open = defaults.getConnection()) {
			assertThat(GroupCommit.storeOf(defaults)).isEmpty();
		}
	}

	private PlatformTransactionManager groupCommitting() {
		return new GroupCommitTransactionManager(this.dataSource, new GroupCommit(this.store));
	}

	private void insert(String eventIdentifier) {
		new JdbcTemplate(this.dataSource).update("INSERT INTO events VALUES (?)", eventIdentifier);
	}

	private List<String> eventsInACopyOfTheFile() throws Exception {
		Path copy = Files.createDirectories(this.dataDir.resolve("copy"));
		Files.copy(this.dataDir.resolve("store/events.mv.db"), copy.resolve("events.mv.db"));
		return new JdbcTemplate(dataSource(copy.resolve("events")))
			.queryForList("SELECT eventIdentifier FROM events ORDER BY eventIdentifier", String.class);
	}

	private static JdbcDataSource dataSource(Path file) {
		return dataSource("jdbc:h2:file:" + file + ";WRITE_DELAY=" + GroupCommit.H2_WRITE_DELAY);
	}

	private static JdbcDataSource dataSource(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("dyad");
		return dataSource;
	}

}
