package io.dyad.standalone.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Writes the embedded event store's committed transactions to its file together. A
 * transaction that committed waits here until the file holds it: the first to arrive
 * writes the store, with every transaction committed by then, and those that commit while
 * it writes wait for it and then write once for all of them.
 * <p>
 * With {@code WRITE_DELAY=0} H2 writes at every commit itself, and it counts the rows of
 * any transaction still open as unsaved, so under concurrent commands it wrote a chunk of
 * the file for three commits in four.
 */
final class GroupCommit {

	/**
	 * H2's {@code WRITE_DELAY} for a store whose commits this class writes. H2's own
	 * background thread sleeps a third of it between writes: over eight days.
	 */
	static final int H2_WRITE_DELAY = Integer.MAX_VALUE;

	private final MVStore store;

	private final Lock writing = new ReentrantLock();

	/** Transactions committed in memory, each numbered as it arrives. */
	private final AtomicLong committed = new AtomicLong();

	/** The number of the last transaction the file holds. */
	private long written;

	GroupCommit(MVStore store) {
		this.store = store;
	}

	/**
	 * The store of an H2 file database that leaves writing its commits to this class: the
	 * embedded event store.
	 */
	static Optional<MVStore> storeOf(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
				return Optional.empty();
			}
			MVStore store = session.getDatabase().getStore().getMvStore();
			boolean writtenHere = store.getFileStore() != null && store.getAutoCommitDelay() == H2_WRITE_DELAY;
			return writtenHere ? Optional.of(store) : Optional.empty();
		}
		catch (SQLException ex) {
			throw new EventStoreUnavailableException(ex);
		}
	}

	MVStore store() {
		return this.store;
	}

	/**
	 * Runs the work while no write of the store is under way, and starts none meanwhile.
	 */
	<T> T betweenWrites(Supplier<T> work) {
		this.writing.lock();
		try {
			return work.get();
		}
		finally {
			this.writing.unlock();
		}
	}

	/** Returns once the file holds every transaction committed before this call. */
	void awaitWritten() {
		long number = this.committed.incrementAndGet();
		this.writing.lock();
		try {
			if (this.written >= number) {
				return;
			}
			// Every transaction numbered so far committed before this write starts.
			long upTo = this.committed.get();
			this.store.commit();
			this.written = upTo;
		}
		finally {
			this.writing.unlock();
		}
	}

}
