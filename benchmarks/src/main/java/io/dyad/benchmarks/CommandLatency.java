package io.dyad.benchmarks;

import java.util.Map;

/**
 * RecordInteraction latency on relationships with ten prior events against the one with
 * the long history, one client alternating between them: snapshots should keep the long
 * history from costing more.
 */
final class CommandLatency {

	private CommandLatency() {
	}

	static void measure(Harness harness) {
		Options options = harness.options();
		double[][] shortHistory = new double[2][options.rounds()];
		double[][] longHistory = new double[2][options.rounds()];
		long failed = 0;
		for (int r = 0; r < options.rounds(); r++) {
			LoadStats stats = harness.load(HistoryLatencySimulation.class, "short and long histories, round " + (r + 1),
					Map.of("seconds", options.seconds()));
			LoadStats.Request shortOnes = stats.request(HistoryLatencySimulation.SHORT);
			LoadStats.Request longOnes = stats.request(HistoryLatencySimulation.LONG);
			shortHistory[0][r] = shortOnes.p50();
			shortHistory[1][r] = shortOnes.p99();
			longHistory[0][r] = longOnes.p50();
			longHistory[1][r] = longOnes.p99();
			failed += stats.all().failed();
		}
		String shortNote = "10 prior events at the first round (" + Cohort.SHORT.size()
				+ " such relationships in turn), one client alternating with the long one, " + failed + " failed";
		String longNote = options.longEvents() + " prior events at the first round, snapshots and cache as configured";
		Report report = harness.report();
		report.add("RecordInteraction p50, short history", Rounds.median(shortHistory[0]), "ms",
				shortNote + ", " + Rounds.describe(shortHistory[0]));
		report.add("RecordInteraction p99, short history", Rounds.median(shortHistory[1]), "ms",
				Rounds.describe(shortHistory[1]));
		report.add("RecordInteraction p50, long history", Rounds.median(longHistory[0]), "ms",
				longNote + ", " + Rounds.describe(longHistory[0]));
		report.add("RecordInteraction p99, long history", Rounds.median(longHistory[1]), "ms",
				Rounds.describe(longHistory[1]));
		boolean judged = options.longEvents() == 10_000;
		for (int p = 0; p < 2; p++) {
			double ratio = Rounds.median(longHistory[p]) / Rounds.median(shortHistory[p]);
			report.add("long vs short history " + ((p == 0) ? "p50" : "p99"), ratio, "ratio",
					Goal.atMost(1.5, ratio).when(judged, "for 10,000 prior events"), "");
		}
	}

}
