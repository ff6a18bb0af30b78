package io.dyad.standalone.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded H2 event store while it runs. H2's background thread, the only
 * one that compacts, sleeps over eight days on this store: {@link GroupCommit} writes its
 * commits instead. Each write of the store makes a new chunk of the file, and events are
 * only appended, so every chunk keeps a live page or two and is never freed: with a chunk
 * for each commit the file grew by about 40 KB per command (13.8 GB at 335,000 events).
 * Once a second this flushes the file to the disk and rewrites the live pages of sparse
 * chunks, as H2's own thread would under load; the next write stores them, and chunks
 * left empty are reused once the retention time has passed.
 * <p>
 * H2 keeps a chunk for 45 s after it was written, assuming the operating system flushes
 * its write buffers within that time, and it rewrites no younger chunk. Under full load
 * that window alone held more than half a gigabyte of chunks, and the file kept growing.
 * The flush every second makes the assumption hold for a much shorter retention time.
 */
final class EventStoreCompaction implements AutoCloseable {

	/** Chunks less full than this are rewritten; H2's own threshold under load. */
	static final int TARGET_FILL_RATE = 80;

	/** The most bytes of live pages rewritten at a time. */
	static final int REWRITE_LIMIT = 4 * 1024 * 1024;

	/** How long a written chunk is kept: five of this class's flushes. */
	static final int RETENTION_MILLIS = 5_000;

	/** A compaction rewrites at most a few megabytes, well within this. */
	private static final long CLOSE_WAIT_SECONDS = 10;

	private static final Logger logger = LoggerFactory.getLogger(EventStoreCompaction.class);

	private final GroupCommit commits;

	private final MVStore store;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "event-store-compaction");
		thread.setDaemon(true);
		return thread;
	});

	EventStoreCompaction(GroupCommit commits) {
		this(commits, RETENTION_MILLIS);
	}

	EventStoreCompaction(GroupCommit commits, int retentionMillis) {
		this.commits = commits;
		this.store = commits.store();
		this.store.setRetentionTime(retentionMillis);
		this.scheduler.scheduleWithFixedDelay(this::compactQuietly, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * Flushes what was written to the disk, then rewrites the live pages of sparse
	 * chunks; answers whether it rewrote any.
	 */
	boolean compact() {
		if (this.store.isClosed()) {
			return false;
		}
		this.store.sync();
		// Between the commits' writes, which hold the store's lock nearly all the time
		// under load: H2's compact waits at most 10 ms for it.
		return this.commits.betweenWrites(() -> this.store.compact(TARGET_FILL_RATE, REWRITE_LIMIT));
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

}
