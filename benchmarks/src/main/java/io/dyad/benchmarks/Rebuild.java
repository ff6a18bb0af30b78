package io.dyad.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Projection rebuild: every processor replayed at once and timed until each has reached
 * the head of the store, then compared with a raw sequential read of the same events once
 * the server has stopped.
 */
final class Rebuild {

	private Rebuild() {
	}

	/** Fills the store, replays it in each round and answers the seconds of each. */
	static double[] replay(Harness harness) throws InterruptedException {
		Options options = harness.options();
		Seeding.fillTo(harness, Cohort.roundRobin(options.relationships()), options.events());
		harness.awaitCaughtUp();
		List<String> processors = new ArrayList<>();
		harness.http()
			.getJson("/api/v1/processors")
			.path("processors")
			.forEach((processor) -> processors.add(processor.path("name").asText()));
		double[] seconds = new double[options.rounds()];
		for (int r = 0; r < seconds.length; r++) {
			System.out.println("- replay " + processors + ", round " + (r + 1));
			long start = System.nanoTime();
			for (String processor : processors) {
				harness.http().post("/api/v1/processors/" + processor + "/replay", "{}");
			}
			harness.awaitCaughtUp();
			seconds[r] = (System.nanoTime() - start) / 1e9;
		}
		double heap = harness.http().metric("jvm.memory.used?tag=area:heap");
		harness.report()
			.add("heap used after the rebuild", heap / 1e6, "MB",
					"jvm.memory.used, area heap, server " + DyadServer.HEAP + ", no forced GC");
		return seconds;
	}

	/** Reads the stopped server's store with JMH and sets the rebuild beside it. */
	static void compareWithRawRead(Harness harness, String eventStoreUrl, double[] rebuildSeconds, Path jmhLog)
			throws Exception {
		System.out.println("- raw sequential read with JMH, log in " + jmhLog);
		RawRead.Result raw = RawRead.measure(eventStoreUrl, harness.options().rounds(), jmhLog);
		double rebuildRate = raw.events() / Rounds.median(rebuildSeconds);
		boolean judged = raw.events() >= 1_000_000;
		String conditions = "for 1,000,000 events";
		Report report = harness.report();
		report.add("projection rebuild, all processors at once", rebuildRate, "events/s",
				Goal.atLeast(20_000, rebuildRate).when(judged, conditions),
				Report.format(raw.events()) + " events, replay until each processor reaches the head; seconds: "
						+ Rounds.describe(rebuildSeconds));
		report.add("raw sequential read of the event store", raw.eventsPerSecond(), "events/s",
				"JMH single-shot reads in a forked JVM, Axon JdbcEventStorageEngine over the stopped server's H2 file, "
						+ "payloads deserialized; " + raw.describe());
		double ratio = rebuildRate / raw.eventsPerSecond();
		report.add("rebuild vs raw read", ratio, "ratio", Goal.atLeast(0.30, ratio).when(judged, conditions), "");
	}

}
