package io.dyad.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The harness's flags, {@code --name=value}; the defaults finish in about ten minutes on
 * two cores.
 *
 * @param jar the packaged standalone application
 * @param phases which measurements to take: startup and heap are always taken
 * @param relationships relationships the command throughput spreads over, round robin
 * @param longEvents prior events of the long relationship (latency, queries)
 * @param events events in the store when the projections are rebuilt (1,000,000 for the
 * full-size figure)
 * @param rounds measured rounds of each measurement, after a warm-up
 * @param seconds length of one timed round
 * @param lagRate commands per second while measuring projection lag
 * @param queryRate queries per second while measuring query latency
 * @param out where the Markdown and JSON results go
 */
record Options(Path jar, Set<String> phases, int relationships, int longEvents, int events, int rounds, int seconds,
		int lagRate, int queryRate, Path out, String label) {

	static final Set<String> ALL = Set.of("throughput", "latency", "lag", "queries", "rebuild");

	static Options parse(String[] args) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		Options options = new Options(
				Path.of(flags.containsKey("jar") ? flags.remove("jar") : "standalone/target/dyad-standalone.jar"),
				flags.containsKey("phases") ? Set.of(flags.remove("phases").split(",")) : ALL,
				integer(flags, "relationships", 1_000), integer(flags, "long-events", 10_000),
				integer(flags, "events", 30_000), integer(flags, "rounds", 3), integer(flags, "seconds", 5),
				integer(flags, "lag-rate", 50), integer(flags, "query-rate", 200),
				Path.of(flags.containsKey("out") ? flags.remove("out") : "benchmarks/results"),
				flags.containsKey("label") ? flags.remove("label") : "dyad");
		if (!flags.isEmpty()) {
			throw new IllegalArgumentException("unknown flags " + flags.keySet());
		}
		if (!ALL.containsAll(options.phases())) {
			throw new IllegalArgumentException("phases are " + ALL);
		}
		return options;
	}

	boolean runs(String phase) {
		return this.phases.contains(phase);
	}

	private static int integer(Map<String, String> flags, String name, int fallback) {
		String value = flags.remove(name);
		return (value != null) ? Integer.parseInt(value.replace("_", "")) : fallback;
	}

}
