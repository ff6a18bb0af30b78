package io.dyad.standalone.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded H2 event store while it runs. {@code WRITE_DELAY=0} makes H2
 * write every commit before the command is acknowledged, and it also stops H2's
 * background thread, the only one that compacts. Each commit writes a new chunk of the
 * store file, and events are only appended, so every chunk keeps a live page or two and
 * is never freed: the file grew by about 40 KB per command (13.8 GB at 335,000 events).
 * This rewrites the live pages of sparse chunks once a second, as H2's own thread would
 * under load; the next commit stores them, and chunks left empty are reused once H2's
 * retention time has passed.
 */
final class EventStoreCompaction implements AutoCloseable {

	/** Chunks less full than this are rewritten; H2's own threshold under load. */
	static final int TARGET_FILL_RATE = 80;

	/** The most bytes of live pages rewritten at a time. */
	static final int REWRITE_LIMIT = 4 * 1024 * 1024;

	/** A compaction rewrites at most a few megabytes, well within this. */
	private static final long CLOSE_WAIT_SECONDS = 10;

	private static final Logger logger = LoggerFactory.getLogger(EventStoreCompaction.class);

	private final MVStore store;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "event-store-compaction");
		thread.setDaemon(true);
		return thread;
	});

	private EventStoreCompaction(MVStore store) {
		this.store = store;
		this.scheduler.scheduleWithFixedDelay(this::compactQuietly, 1, 1, TimeUnit.SECONDS);
	}

	/** Starts compacting when the data source is an embedded H2 file database. */
	static Optional<EventStoreCompaction> of(DataSource dataSource) {
		return fileStore(dataSource).map(EventStoreCompaction::new);
	}

	/** Rewrites the live pages of sparse chunks; answers whether it rewrote any. */
	boolean compact() {
		return !this.store.isClosed() && this.store.compact(TARGET_FILL_RATE, REWRITE_LIMIT);
	}

	/**
	 * Lets a running compaction finish instead of interrupting it: an interrupt during
	 * H2's file I/O closes the store's file channel.
	 */
	@Override
	public void close() throws InterruptedException {
		this.scheduler.shutdown();
		if (!this.scheduler.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
			logger.warn("The event store's compaction did not finish within {} s of shutdown", CLOSE_WAIT_SECONDS);
		}
	}

	private void compactQuietly() {
		try {
			compact();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not compact the event store; will try again in a second", ex);
		}
	}

	private static Optional<MVStore> fileStore(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
				return Optional.empty();
			}
			MVStore store = session.getDatabase().getStore().getMvStore();
			return (store.getFileStore() != null) ? Optional.of(store) : Optional.empty();
		}
		catch (SQLException ex) {
			throw new EventStoreUnavailableException(ex);
		}
	}

}
