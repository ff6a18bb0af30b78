package io.dyad.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The harness's flags, {@code --name=value}; the defaults finish in about a quarter of an
 * hour on two cores.
 *
 * @param jar the packaged standalone application
 * @param phases which measurements to take: startup is always taken
 * @param relationships relationships the commands spread over, round robin
 * @param longEvents prior events of the long relationship (latency, queries)
 * @param events events in the store when the projections are rebuilt (1,000,000 for the
 * goal's size)
 * @param rounds measured rounds of each measurement; the median is reported
 * @param seconds length of one measured round
 * @param warmupSeconds the least mixed load before the first measurement; it goes on
 * until the server's JIT has compiled its hot paths
 * @param lagRate commands per second while measuring projection lag
 * @param queryRate queries per second while measuring query latency
 * @param growthFrom events in the store at the first throughput measurement of the growth
 * phase
 * @param growthEvents events in the store at its second one
 * @param out where the Markdown and JSON results go
 * @param label the results' file name
 * @param eventStore an H2 event store file for the rebuild or the growth phase: the run
 * starts from a copy of it if it exists (for growth, as the large store), and leaves its
 * own store there if it does not, so that one fill serves later runs
 */
record Options(Path jar, Set<String> phases, int relationships, int longEvents, int events, int rounds, int seconds,
		int warmupSeconds, int lagRate, int queryRate, int growthFrom, int growthEvents, Path out, String label,
		Optional<Path> eventStore) {

	static final List<String> ALL = List.of("throughput", "latency", "lag", "queries", "rebuild", "growth");

	static final Set<String> DEFAULT = Set.of("throughput", "latency", "lag", "queries", "rebuild");

	static Options parse(String[] args) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		Options options = new Options(Path.of(text(flags, "jar", "standalone/target/dyad-standalone.jar")),
				flags.containsKey("phases") ? Set.of(flags.remove("phases").split(",")) : DEFAULT,
				integer(flags, "relationships", 1_000), integer(flags, "long-events", 10_000),
				integer(flags, "events", 100_000), integer(flags, "rounds", 3), integer(flags, "seconds", 10),
				integer(flags, "warmup-seconds", 60), integer(flags, "lag-rate", 1_000),
				integer(flags, "query-rate", 200), integer(flags, "growth-from", 100_000),
				integer(flags, "growth-events", 10_000_000), Path.of(text(flags, "out", "benchmarks/results")),
				text(flags, "label", "dyad"), Optional.ofNullable(flags.remove("event-store")).map(Path::of));
		if (!flags.isEmpty()) {
			throw new IllegalArgumentException("unknown flags " + flags.keySet());
		}
		if (!ALL.containsAll(options.phases())) {
			throw new IllegalArgumentException("phases are " + ALL);
		}
		// The raw read runs over the stopped server's store, which growth would have made
		// ten times larger than the rebuilt one.
		if (options.runs("growth") && options.runs("rebuild")) {
			throw new IllegalArgumentException("run the growth phase apart from the rebuild");
		}
		// The other phases open relationships of their own, which a kept store already
		// holds.
		if (options.eventStore().isPresent() && !options.phases().equals(Set.of("rebuild"))
				&& !options.phases().equals(Set.of("growth"))) {
			throw new IllegalArgumentException("--event-store serves --phases=rebuild or --phases=growth only");
		}
		return options;
	}

	boolean runs(String phase) {
		return this.phases.contains(phase);
	}

	private static String text(Map<String, String> flags, String name, String fallback) {
		String value = flags.remove(name);
		return (value != null) ? value : fallback;
	}

	private static int integer(Map<String, String> flags, String name, int fallback) {
		String value = flags.remove(name);
		return (value != null) ? Integer.parseInt(value.replace("_", "").replace(",", "")) : fallback;
	}

}
