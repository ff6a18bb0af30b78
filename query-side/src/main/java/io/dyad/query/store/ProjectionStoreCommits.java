package io.dyad.query.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the projection store a second after its last commit, or sooner once its unsaved
 * changes hold more memory than H2 would let them: the schedule of H2's own background
 * writer, through the backend's commit that waits for running commands.
 */
final class ProjectionStoreCommits implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionStoreCommits.class);

	private static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** The most unsaved memory H2's default lets a file store hold before it commits. */
	private static final int UNSAVED_MEMORY_LIMIT = 1024 * 1024 * 19;

	private static final long CHECK_MILLIS = 100;

	private final ProjectionStoreBackend backend;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread commits = new Thread(task, "projection-store-commits");
		commits.setDaemon(true);
		return commits;
	});

	private long lastCommit = System.nanoTime();

	ProjectionStoreCommits(ProjectionStoreBackend backend) {
		this.backend = backend;
		this.thread.scheduleWithFixedDelay(this::commitWhenDue, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void commitWhenDue() {
		MVStore store = this.backend.getMvStore();
		boolean due = System.nanoTime() - this.lastCommit >= DELAY_NANOS
				|| store.getUnsavedMemory() > UNSAVED_MEMORY_LIMIT;
		if (!due || !store.hasUnsavedChanges()) {
			return;
		}
		try {
			this.backend.commit();
			this.lastCommit = System.nanoTime();
		}
		catch (RuntimeException ex) {
			// A failed run would end the schedule; the next check tries again.
			logger.error("Committing the projection store failed", ex);
		}
	}

	@Override
	public void close() {
		this.thread.shutdown();
		try {
			this.thread.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
