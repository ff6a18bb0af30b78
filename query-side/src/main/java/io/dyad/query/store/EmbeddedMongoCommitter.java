package io.dyad.query.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Commits the embedded store's pending writes to disk at a short interval. Tokens and
 * projections share the store, so a crash rolls both back to the same commit and the
 * processors replay the rest idempotently.
 */
class EmbeddedMongoCommitter implements AutoCloseable {

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "embedded-mongo-commit");
		thread.setDaemon(true);
		return thread;
	});

	EmbeddedMongoCommitter(H2Backend backend, Duration interval) {
		this.scheduler.scheduleWithFixedDelay(backend::commit, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

}
