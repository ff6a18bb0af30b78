package io.dyad.benchmarks;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Starts the packaged standalone application and measures command throughput and latency,
 * projection lag and rebuild rate, query latency, startup time and heap. Each measurement
 * is taken in several rounds after a warm-up and the median round is reported. How to run
 * it: README, Benchmarks.
 */
public final class DyadBenchmarks {

	static final String SERVER_HEAP = "-Xmx1g";

	private static final String LONG = "long";

	private static final int SHORT_RELATIONSHIPS = 50;

	private static final int SHORT_EVENTS = 10;

	private static final int LATENCY_SAMPLES = 200;

	private static final int LAG_RELATIONSHIPS = 20;

	private static final int POLLERS = 4;

	private static final Duration WAIT_LIMIT = Duration.ofMinutes(30);

	private final Options options;

	private final Report report;

	private final Http http;

	private final Relationships relationships;

	private DyadBenchmarks(Options options, Report report, Http http) {
		this.options = options;
		this.report = report;
		this.http = http;
		this.relationships = new Relationships(http);
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Report report = new Report(options);
		double[] rebuild;
		DyadServer server = DyadServer.start(options.jar(), SERVER_HEAP);
		try {
			report.add("startup to ready", server.startup().toMillis(), "ms",
					"process start to /actuator/health/readiness 200, empty store");
			DyadBenchmarks benchmarks = new DyadBenchmarks(options, report, server.http());
			benchmarks.openRelationships();
			if (options.runs("throughput")) {
				benchmarks.throughput();
			}
			if (options.runs("latency") || options.runs("queries")) {
				benchmarks.longAndShortRelationships();
			}
			if (options.runs("latency")) {
				benchmarks.commandLatency();
			}
			if (options.runs("lag")) {
				benchmarks.lag();
			}
			if (options.runs("queries")) {
				benchmarks.queryLatency();
			}
			rebuild = options.runs("rebuild") ? benchmarks.rebuild() : null;
			server.stop();
			if (rebuild != null) {
				benchmarks.rawRead(server.eventStoreUrl(), rebuild);
			}
		}
		finally {
			server.close();
		}
		report.write(options.out(), options.label());
	}

	private void openRelationships() throws Exception {
		Load.times(this.options.relationships(), 16, (i) -> this.relationships.open(id(i)));
	}

	/**
	 * Closed model: RecordInteraction round robin over the relationships vs a cheap GET.
	 */
	private void throughput() throws Exception {
		int relationships = this.options.relationships();
		Duration round = Duration.ofSeconds(this.options.seconds());
		for (int clients : new int[] { 16, 1 }) {
			DoubleSupplier commands = () -> closed(clients, round,
					(i) -> () -> this.relationships.interact(id(i % relationships)));
			DoubleSupplier ceiling = () -> closed(clients, round,
					(i) -> () -> this.http.ok("/actuator/health/liveness"));
			commands.getAsDouble();
			ceiling.getAsDouble();
			double[] commandRates = new double[this.options.rounds()];
			double[] ceilingRates = new double[this.options.rounds()];
			for (int r = 0; r < this.options.rounds(); r++) {
				commandRates[r] = commands.getAsDouble();
				ceilingRates[r] = ceiling.getAsDouble();
			}
			double command = median(commandRates);
			double noOp = median(ceilingRates);
			this.report.add("RecordInteraction, " + clients + " client(s)", command, "commands/s",
					"round robin over " + relationships + " relationships, closed loop");
			this.report.add("HTTP ceiling, " + clients + " client(s)", noOp, "requests/s",
					"GET /actuator/health/liveness on the same server");
			this.report.add("commands vs ceiling, " + clients + " client(s)", command / noOp, "ratio", "");
		}
	}

	/** One relationship with the long history and a few with ten events. */
	private void longAndShortRelationships() throws Exception {
		this.relationships.open(LONG);
		for (int i = 1; i < this.options.longEvents(); i++) {
			this.relationships.interact(LONG);
		}
		Load.times(SHORT_RELATIONSHIPS, 16, (i) -> {
			this.relationships.open(shortId(i));
			for (int e = 1; e < SHORT_EVENTS; e++) {
				this.relationships.interact(shortId(i));
			}
		});
	}

	private void commandLatency() {
		double[][] shortLatencies = new double[2][this.options.rounds()];
		double[][] longLatencies = new double[2][this.options.rounds()];
		for (int r = -1; r < this.options.rounds(); r++) {
			Histogram shortOnes = new Histogram(3);
			Histogram longOnes = new Histogram(3);
			for (int s = 0; s < LATENCY_SAMPLES; s++) {
				String shortOne = shortId(s % SHORT_RELATIONSHIPS);
				shortOnes.recordValue(timed(() -> this.relationships.interact(shortOne)));
				longOnes.recordValue(timed(() -> this.relationships.interact(LONG)));
			}
			if (r >= 0) {
				shortLatencies[0][r] = millis(shortOnes.getValueAtPercentile(50));
				shortLatencies[1][r] = millis(shortOnes.getValueAtPercentile(99));
				longLatencies[0][r] = millis(longOnes.getValueAtPercentile(50));
				longLatencies[1][r] = millis(longOnes.getValueAtPercentile(99));
			}
		}
		String shortNote = SHORT_EVENTS + " prior events at the first sample (" + SHORT_RELATIONSHIPS
				+ " such relationships, alternating with the long one), one client";
		String longNote = this.options.longEvents() + " prior events at the first sample, snapshots and cache on";
		this.report.add("RecordInteraction p50, short history", median(shortLatencies[0]), "ms", shortNote);
		this.report.add("RecordInteraction p99, short history", median(shortLatencies[1]), "ms", shortNote);
		this.report.add("RecordInteraction p50, long history", median(longLatencies[0]), "ms", longNote);
		this.report.add("RecordInteraction p99, long history", median(longLatencies[1]), "ms", longNote);
		this.report.add("long vs short history p50", median(longLatencies[0]) / median(shortLatencies[0]), "ratio", "");
	}

	/**
	 * Open model: commands at a fixed rate over a few relationships. Pollers read the
	 * summary of each relationship with acknowledged versions it does not show yet, in
	 * turn, and record for each version the time from its acknowledgement until a summary
	 * showed it; so the figure includes up to one polling cycle.
	 */
	private void lag() throws Exception {
		int rate = this.options.lagRate();
		int watched = Math.min(LAG_RELATIONSHIPS, this.options.relationships());
		double[][] lags = new double[2][this.options.rounds()];
		double[][] commands = new double[2][this.options.rounds()];
		long failed = 0;
		for (int r = -1; r < this.options.rounds(); r++) {
			Recorder lag = new Recorder(3);
			Map<String, Queue<long[]>> pending = new ConcurrentHashMap<>();
			AtomicBoolean sending = new AtomicBoolean(true);
			ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
			for (int p = 0; p < POLLERS; p++) {
				int poller = p;
				pollers.submit(() -> poll(poller, watched, pending, sending, lag));
			}
			Load.Sample command = Load.open(rate, Duration.ofSeconds(this.options.seconds()), (i) -> {
				String id = id((int) (i % watched));
				return this.http.postAsync(Relationships.interactionsPath(id), Relationships.interaction())
					.thenApply((response) -> {
						long acknowledged = System.nanoTime();
						if (response.statusCode() < 300) {
							long version = Http.parse(response.body()).path("version").asLong();
							pending.computeIfAbsent(id, (key) -> new ConcurrentLinkedQueue<>())
								.add(new long[] { version, acknowledged });
						}
						return response;
					});
			});
			sending.set(false);
			pollers.shutdown();
			if (!pollers.awaitTermination(WAIT_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
				throw new IllegalStateException("the summaries did not catch up");
			}
			Histogram lagged = lag.getIntervalHistogram();
			if (r >= 0) {
				lags[0][r] = millis(lagged.getValueAtPercentile(50));
				lags[1][r] = millis(lagged.getValueAtPercentile(99));
				commands[0][r] = millis(command.latencies().getValueAtPercentile(50));
				commands[1][r] = millis(command.latencies().getValueAtPercentile(99));
				failed += command.failed();
			}
		}
		String note = "RecordInteraction at " + rate + "/s (open model) over " + watched
				+ " relationships, acknowledgement to summary version, " + POLLERS + " pollers";
		this.report.add("projection lag p50", median(lags[0]), "ms", note);
		this.report.add("projection lag p99", median(lags[1]), "ms", note);
		this.report.add("RecordInteraction p50 at " + rate + "/s", median(commands[0]), "ms",
				"open model, " + failed + " failed in the measured rounds");
		this.report.add("RecordInteraction p99 at " + rate + "/s", median(commands[1]), "ms", "open model");
	}

	/** Polls its share of the relationships until nothing is sent or pending any more. */
	private void poll(int poller, int watched, Map<String, Queue<long[]>> pending, AtomicBoolean sending,
			Recorder lag) {
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		boolean waiting = true;
		while (waiting && System.nanoTime() < deadline) {
			waiting = sending.get();
			for (int i = poller; i < watched; i += POLLERS) {
				Queue<long[]> versions = pending.get(id(i));
				if (versions == null || versions.isEmpty()) {
					continue;
				}
				waiting = true;
				long shown = this.http.getJson(Relationships.path(id(i))).path("version").asLong();
				long now = System.nanoTime();
				versions.removeIf((acknowledged) -> {
					if (acknowledged[0] > shown) {
						return false;
					}
					lag.recordValue(Math.max(0, now - acknowledged[1]) / 1_000);
					return true;
				});
			}
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void queryLatency() throws Exception {
		int rate = this.options.queryRate();
		for (String query : List.of("stage-history", "trust-trajectory")) {
			String path = Relationships.path(LONG) + "/" + query;
			double[][] latencies = new double[2][this.options.rounds()];
			long sent = 0;
			long failed = 0;
			String firstFailure = null;
			for (int r = -1; r < this.options.rounds(); r++) {
				Load.Sample sample = Load.open(rate, Duration.ofSeconds(this.options.seconds()),
						(i) -> this.http.getAsync(path));
				if (r >= 0) {
					latencies[0][r] = millis(sample.latencies().getValueAtPercentile(50));
					latencies[1][r] = millis(sample.latencies().getValueAtPercentile(99));
					sent += sample.sent();
					failed += sample.failed();
					firstFailure = (firstFailure != null) ? firstFailure : sample.firstFailure();
				}
			}
			String note = "GET " + query + " of a " + this.options.longEvents() + "-interaction relationship at " + rate
					+ "/s (open model); " + failed + " of " + sent + " failed"
					+ ((firstFailure != null) ? ", first: " + abbreviated(firstFailure) : "");
			this.report.add(query + " p50", median(latencies[0]), "ms", note);
			this.report.add(query + " p99", median(latencies[1]), "ms", note);
		}
	}

	/**
	 * Fills the store up to the requested size, then replays every processor at once and
	 * times until all have caught up with the head. Answers the seconds of each round.
	 */
	private double[] rebuild() throws Exception {
		long head = head();
		long missing = this.options.events() - head;
		if (missing > 0) {
			int relationships = this.options.relationships();
			Load.times((int) missing, 16, (i) -> this.relationships.interact(id(i % relationships)));
		}
		awaitCaughtUp(head());
		List<String> processors = new ArrayList<>();
		this.http.getJson("/api/v1/processors")
			.path("processors")
			.forEach((processor) -> processors.add(processor.path("name").asText()));
		int rounds = Math.max(1, this.options.rounds() - 1);
		double[] seconds = new double[rounds];
		for (int r = 0; r < rounds; r++) {
			long start = System.nanoTime();
			for (String processor : processors) {
				this.http.post("/api/v1/processors/" + processor + "/replay", "{}");
			}
			awaitCaughtUp(head());
			seconds[r] = (System.nanoTime() - start) / 1e9;
		}
		JsonNode heap = this.http.getJson("/actuator/metrics/jvm.memory.used?tag=area:heap");
		this.report.add("heap used after the rebuild", heap.path("measurements").get(0).path("value").asDouble() / 1e6,
				"MB", "jvm.memory.used, area heap, server " + SERVER_HEAP + ", no forced GC");
		return seconds;
	}

	private void rawRead(String url, double[] rebuildSeconds) throws Exception {
		double[] seconds = new double[this.options.rounds()];
		long events = 0;
		RawEventRead.read(url);
		for (int r = 0; r < seconds.length; r++) {
			double[] read = RawEventRead.read(url);
			events = (long) read[0];
			seconds[r] = read[1];
		}
		double rebuildRate = events / median(rebuildSeconds);
		double rawRate = events / median(seconds);
		this.report.add("projection rebuild, all 4 processors", rebuildRate, "events/s",
				events + " events; replay of every processor at once until each reaches the head; rounds "
						+ Arrays.toString(Arrays.stream(rebuildSeconds).map((s) -> Math.round(s * 10) / 10.0).toArray())
						+ " s");
		this.report.add("raw sequential read of the event store", rawRate, "events/s",
				"in process, Axon JdbcEventStorageEngine over the stopped server's H2 file, payloads deserialized");
		this.report.add("rebuild vs raw read", rebuildRate / rawRate, "ratio", "");
	}

	private long head() {
		return this.http.getJson("/api/v1/processors").path("headPosition").asLong();
	}

	private void awaitCaughtUp(long head) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode processors = this.http.getJson("/api/v1/processors").path("processors");
			boolean caughtUp = processors.size() > 0;
			for (JsonNode processor : processors) {
				caughtUp &= !processor.path("replaying").asBoolean() && processor.path("position").asLong(-1) >= head;
			}
			if (caughtUp) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the processors did not catch up with position " + head);
	}

	private static double closed(int clients, Duration round, java.util.function.IntFunction<Runnable> call) {
		try {
			return Load.closed(clients, round, call);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviated(String text) {
		String line = text.replace('\n', ' ').replace('|', '/');
		return (line.length() > 120) ? line.substring(0, 120) + "..." : line;
	}

	private static long timed(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1_000;
	}

	private static double millis(long micros) {
		return micros / 1_000.0;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static String id(int i) {
		return "r-" + i;
	}

	private static String shortId(int i) {
		return "short-" + i;
	}

}
