package io.dyad.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the packaged standalone application and measures command throughput and latency,
 * projection lag and rebuild rate, query latency, cost growth, startup time and heap.
 * Gatling generates the HTTP load and JMH times the raw read of the event store; each
 * measurement is taken in several rounds after a warm-up and the median is reported. How
 * to run it: README, Benchmarks.
 */
public final class DyadBenchmarks {

	private static final int WARMUP_WINDOW_SECONDS = 30;

	/** A twentieth of a window: the JIT has compiled what the load runs. */
	private static final long SETTLED_COMPILE_MILLIS = 1_500;

	private static final int WARMUP_LIMIT_SECONDS = 900;

	private DyadBenchmarks() {
	}

	/**
	 * Ends the process when the run ends, failed or not: Gatling, run in this process,
	 * leaves a non-daemon scheduler thread behind that would keep it alive.
	 */
	public static void main(String[] args) {
		int status = 1;
		try {
			run(args);
			status = 0;
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
		System.exit(status);
	}

	private static void run(String[] args) throws Exception {
		Options options = Options.parse(args);
		Report report = new Report(options);
		String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path run = harnessDirectory().resolve("runs").resolve(options.label() + "-" + started);
		double[] rebuild = null;
		Growth.Measured smallStore = null;
		if (options.runs("growth") && options.eventStore().filter(Files::isRegularFile).isPresent()) {
			smallStore = smallStoreApart(options, report, run);
		}
		try (DyadServer server = DyadServer.start(options.jar(), run.resolve("dyad.log"), options.eventStore())) {
			report.add("startup to ready", server.startup().toMillis(), "ms",
					"process start to /actuator/health/readiness 200, "
							+ (server.fromKeptEventStore() ? "kept event store, no projections yet" : "empty store"));
			Harness harness = new Harness(options, report, new GatlingRunner(run.resolve("gatling"), server.baseUrl()),
					server.http(), server::cpuTime);
			if (!server.fromKeptEventStore()) {
				Seeding.open(harness, Cohort.roundRobin(options.relationships()));
			}
			if (options.runs("latency") || options.runs("queries")) {
				Seeding.histories(harness);
			}
			if (options.phases().stream().anyMatch((phase) -> !phase.equals("rebuild"))) {
				// A kept store's projections are built first: the warm-up should not
				// share the server with them.
				if (server.fromKeptEventStore()) {
					harness.awaitCaughtUp();
				}
				warmUp(harness, "warm-up");
			}
			if (options.runs("throughput")) {
				harness.awaitCaughtUp();
				Throughput.measure(harness);
			}
			if (options.runs("latency")) {
				harness.awaitCaughtUp();
				CommandLatency.measure(harness);
			}
			if (options.runs("lag")) {
				harness.awaitCaughtUp();
				ProjectionLag.measure(harness);
			}
			if (options.runs("queries")) {
				harness.awaitCaughtUp();
				QueryLatency.measure(harness);
			}
			if (options.runs("growth")) {
				harness.awaitCaughtUp();
				Growth.measure(harness, (smallStore != null) ? smallStore : Growth.smallStore(harness));
			}
			if (options.runs("rebuild")) {
				rebuild = Rebuild.replay(harness);
			}
			server.stop();
			if (rebuild != null) {
				Rebuild.compareWithRawRead(harness, server.eventStoreUrl(), rebuild, run.resolve("jmh-raw-read.txt"));
			}
		}
		report.write(options.out(), options.label());
		System.out.println("Gatling's reports, JMH's log and the application's log: " + run);
	}

	/**
	 * The growth phase's small store, on a server of its own: the kept store is the large
	 * one.
	 */
	private static Growth.Measured smallStoreApart(Options options, Report report, Path run) throws Exception {
		try (DyadServer server = DyadServer.start(options.jar(), run.resolve("dyad-small-store.log"),
				Optional.empty())) {
			Harness harness = new Harness(options, report,
					new GatlingRunner(run.resolve("gatling-small-store"), server.baseUrl()), server.http(),
					server::cpuTime);
			Seeding.open(harness, Cohort.roundRobin(options.relationships()));
			warmUp(harness, "warm-up, small store");
			harness.awaitCaughtUp();
			return Growth.smallStore(harness);
		}
	}

	/**
	 * Mixed load on every kind of request the phases send, so the server's JIT has
	 * compiled its hot paths before the first measurement: in windows of
	 * {@value #WARMUP_WINDOW_SECONDS} s, for at least {@code --warmup-seconds} and then
	 * until the JIT compiled for less than {@value #SETTLED_COMPILE_MILLIS} ms of a
	 * window, or for {@value #WARMUP_LIMIT_SECONDS} s in all. On two cores its compiler
	 * threads kept half a core busy for over two minutes of load, while the commands ran
	 * at half the rate they reached afterwards.
	 */
	private static void warmUp(Harness harness, String measure) {
		Options options = harness.options();
		if (options.warmupSeconds() <= 0) {
			return;
		}
		Map<String, Object> parameters = new HashMap<>(
				Cohort.roundRobin(options.relationships()).asParameter("relationships"));
		parameters.put("requests", String.join(",", ClosedLoopSimulation.COMMANDS, ClosedLoopSimulation.CEILING,
				ClosedLoopSimulation.QUERIES));
		parameters.put("users", Throughput.CLIENTS);
		parameters.put("seconds", WARMUP_WINDOW_SECONDS);
		List<String> compiled = new ArrayList<>();
		long compileMillis = compilationMillis(harness);
		int seconds = 0;
		boolean settled = false;
		while (seconds < WARMUP_LIMIT_SECONDS && (seconds < options.warmupSeconds() || !settled)) {
			seconds += WARMUP_WINDOW_SECONDS;
			harness.load(ClosedLoopSimulation.class, measure + ", mixed load, " + seconds + " s", parameters);
			long now = compilationMillis(harness);
			settled = now - compileMillis < SETTLED_COMPILE_MILLIS;
			compiled.add(String.format(Locale.ROOT, "%.1f", (now - compileMillis) / 1_000.0));
			System.out.println("  the JIT compiled for " + compiled.get(compiled.size() - 1) + " s of it");
			compileMillis = now;
		}
		harness.report()
			.add(measure, seconds, "s", "mixed load; seconds of JIT compilation per " + WARMUP_WINDOW_SECONDS + " s: "
					+ String.join(" / ", compiled) + (settled ? "" : ", not settled within the limit"));
	}

	/** The server's JIT compilation time so far (all compiler threads, wall clock). */
	private static long compilationMillis(Harness harness) {
		return (long) harness.http().metric("jvm.compilation.time");
	}

	/**
	 * The folder of the harness's jar, benchmarks/target: its output stays out of git.
	 */
	private static Path harnessDirectory() throws URISyntaxException {
		return Path.of(DyadBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
	}

}
