package io.dyad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged standalone application in a child process, on a free port of 127.0.0.1,
 * over a temporary data directory, its output in a log file that outlives the data. Given
 * a kept event store, the data directory starts with a copy of it; given the path of one
 * not kept yet, the event store is moved there when the server is closed.
 */
final class DyadServer implements AutoCloseable {

	static final String HEAP = "-Xmx1g";

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private final Process process;

	private final Path dataDir;

	private final int port;

	private final Duration startup;

	private final boolean fromKeptEventStore;

	private final Optional<Path> keepEventStore;

	private DyadServer(Process process, Path dataDir, int port, Duration startup, boolean fromKeptEventStore,
			Optional<Path> keepEventStore) {
		this.process = process;
		this.dataDir = dataDir;
		this.port = port;
		this.startup = startup;
		this.fromKeptEventStore = fromKeptEventStore;
		this.keepEventStore = keepEventStore;
	}

	/** Starts the application and waits until it reports itself ready. */
	static DyadServer start(Path jar, Path log, Optional<Path> eventStore) throws IOException, InterruptedException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: package the application first");
		}
		Path dataDir = Files.createTempDirectory("dyad-bench-");
		Optional<Path> kept = eventStore.filter(Files::isRegularFile);
		if (kept.isPresent()) {
			System.out.println("- copying the event store " + kept.get());
			Files.createDirectories(dataDir.resolve("data"));
			Files.copy(kept.get(), eventStoreFile(dataDir));
		}
		int port = freePort();
		Files.createDirectories(log.getParent());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(List.of(javaExecutable(), HEAP, "-jar", jar.toAbsolutePath().toString(),
				"--server.port=" + port, "--server.address=127.0.0.1", "--dyad.data-dir=" + dataDir.resolve("data")))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Http http = new Http(baseUrl(port));
		long deadline = started + START_LIMIT.toNanos();
		while (!http.ok("/actuator/health/readiness")) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException("the application did not become ready; see " + log);
			}
			Thread.sleep(50);
		}
		return new DyadServer(process, dataDir, port, Duration.ofNanos(System.nanoTime() - started), kept.isPresent(),
				eventStore.filter((path) -> kept.isEmpty()));
	}

	Http http() {
		return new Http(baseUrl());
	}

	String baseUrl() {
		return baseUrl(this.port);
	}

	Duration startup() {
		return this.startup;
	}

	/**
	 * The CPU time the application has used so far, all its threads, user and system,
	 * where the operating system tells it (Linux does).
	 */
	Optional<Duration> cpuTime() {
		return this.process.info().totalCpuDuration();
	}

	/** Whether the data directory started with a copy of a kept event store. */
	boolean fromKeptEventStore() {
		return this.fromKeptEventStore;
	}

	/** The event store's H2 database, readable once the application has stopped. */
	String eventStoreUrl() {
		return "jdbc:h2:file:" + this.dataDir.resolve("data").resolve("events");
	}

	private static Path eventStoreFile(Path dataDir) {
		return dataDir.resolve("data").resolve("events.mv.db");
	}

	/** Stops the application gracefully, as an operator would. */
	void stop() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
		try {
			if (this.keepEventStore.isPresent()) {
				Path keep = this.keepEventStore.get().toAbsolutePath();
				Files.createDirectories(keep.getParent());
				Files.move(eventStoreFile(this.dataDir), keep);
				System.out.println("- the event store is kept in " + keep);
			}
			try (var files = Files.walk(this.dataDir)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((file) -> file.toFile().delete());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String baseUrl(int port) {
		return "http://127.0.0.1:" + port;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
