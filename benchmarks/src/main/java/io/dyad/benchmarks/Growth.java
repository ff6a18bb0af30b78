package io.dyad.benchmarks;

/**
 * Cost growth: command throughput (16 clients, closed model) with a small store and again
 * with a large one, filled through the command API or kept from an earlier run.
 */
final class Growth {

	private Growth() {
	}

	/** Throughput of a store filled to {@code --growth-from} events. */
	static Measured smallStore(Harness harness) throws InterruptedException {
		Seeding.fillTo(harness, Cohort.roundRobin(harness.options().relationships()), harness.options().growthFrom());
		harness.awaitCaughtUp();
		return new Measured(harness.head(), throughput(harness, "small store"));
	}

	/**
	 * Throughput of the server's store once it holds {@code --growth-events} events,
	 * against the small store's.
	 */
	static void measure(Harness harness, Measured small) throws InterruptedException {
		Seeding.fillTo(harness, Cohort.roundRobin(harness.options().relationships()), harness.options().growthEvents());
		harness.awaitCaughtUp();
		Measured large = new Measured(harness.head(), throughput(harness, "large store"));
		Report report = harness.report();
		for (Measured store : new Measured[] { small, large }) {
			report.add("RecordInteraction, 16 clients, " + Report.format(store.events()) + " events",
					Rounds.median(store.rates()), "commands/s", Rounds.describe(store.rates()));
		}
		double ratio = Rounds.median(large.rates()) / Rounds.median(small.rates());
		// The earlier phases may have taken the small store a little past its size.
		boolean judged = small.events() <= 110_000 && large.events() >= 10_000_000;
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

	/** A store's size and its command throughput in each round. */
	record Measured(long events, double[] rates) {
	}

}
