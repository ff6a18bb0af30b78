package io.dyad.benchmarks;

/**
 * Cost growth: command throughput (16 clients, closed model) with a small store and again
 * after filling it to a large one through the command API.
 */
final class Growth {

	private Growth() {
	}

	static void measure(Harness harness) {
		Options options = harness.options();
		Cohort relationships = Cohort.roundRobin(options.relationships());
		Seeding.fillTo(harness, relationships, options.growthFrom());
		long small = harness.head();
		double[] before = throughput(harness, "small store");
		Seeding.fillTo(harness, relationships, options.growthEvents());
		long large = harness.head();
		double[] after = throughput(harness, "large store");
		Report report = harness.report();
		report.add("RecordInteraction, 16 clients, " + Report.format(small) + " events", Rounds.median(before),
				"commands/s", Rounds.describe(before));
		report.add("RecordInteraction, 16 clients, " + Report.format(large) + " events", Rounds.median(after),
				"commands/s", Rounds.describe(after));
		double ratio = Rounds.median(after) / Rounds.median(before);
		// The earlier phases may have taken the small store a little past its size.
		boolean judged = small <= 110_000 && large >= 10_000_000;
		report.add("large vs small store", ratio, "ratio",
				Goal.atLeast(0.8, ratio).when(judged, "for 10,000,000 vs 100,000 events"), "");
	}

	private static double[] throughput(Harness harness, String store) {
		double[] rates = new double[harness.options().rounds()];
		for (int r = 0; r < rates.length; r++) {
			rates[r] = Throughput.commands(harness, Throughput.CLIENTS, store + ", round " + (r + 1)).okPerSecond();
		}
		return rates;
	}

}
