package io.dyad.command.config;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread that takes relationship snapshots. It is not itself an {@link Executor}
 * bean: Spring Boot makes its own task pool only when the context has none, and Spring
 * MVC writes live update streams and exports on that pool.
 */
final class SnapshotThread implements AutoCloseable {

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor((task) -> new Thread(task, "relationship-snapshots"));

	Executor executor() {
		return this.executor;
	}

	@Override
	public void close() {
		this.executor.shutdown();
	}

}
