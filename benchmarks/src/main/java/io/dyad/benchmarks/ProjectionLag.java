package io.dyad.benchmarks;

import java.util.HashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * Projection lag at a steady arrival rate of commands: from each command's
 * acknowledgement until the relationship's live updates report its version written by a
 * projection.
 */
final class ProjectionLag {

	private static final int WATCHED = 20;

	private ProjectionLag() {
	}

	static void measure(Harness harness) {
		Options options = harness.options();
		Cohort watched = new Cohort("r-", Math.min(WATCHED, options.relationships()));
		Map<String, Object> parameters = new HashMap<>(watched.asParameter("relationships"));
		parameters.put("rate", options.lagRate());
		parameters.put("seconds", options.seconds());
		double[][] lags = new double[2][options.rounds()];
		double[][] commands = new double[3][options.rounds()];
		long failed = 0;
		long neverShown = 0;
		for (int r = 0; r < options.rounds(); r++) {
			LoadStats.Request sent = harness.load(ProjectionLagSimulation.class,
					"RecordInteraction at " + options.lagRate() + "/s with live updates, round " + (r + 1), parameters)
				.request(ClosedLoopSimulation.RECORD_INTERACTION);
			LagProbe probe = ProjectionLagSimulation.lastProbe();
			Histogram lag = probe.lags();
			neverShown += probe.neverShown();
			lags[0][r] = lag.getValueAtPercentile(50) / 1_000.0;
			lags[1][r] = lag.getValueAtPercentile(99) / 1_000.0;
			commands[0][r] = sent.p50();
			commands[1][r] = sent.p99();
			commands[2][r] = sent.okPerSecond();
			failed += sent.failed();
		}
		String rate = " at " + Report.format(options.lagRate()) + "/s";
		String note = "RecordInteraction" + rate + " (open model) over " + watched.size()
				+ " relationships, acknowledgement to the version's live update, " + neverShown
				+ " versions never shown, ";
		Report report = harness.report();
		report.add("projection lag p50", Rounds.median(lags[0]), "ms", note + Rounds.describe(lags[0]));
		double p99 = Rounds.median(lags[1]);
		report.add("projection lag p99", p99, "ms",
				Goal.atMost(200, p99).when(options.lagRate() >= 1_000, "at 1,000 commands/s"),
				note + Rounds.describe(lags[1]));
		report.add("RecordInteraction p50" + rate, Rounds.median(commands[0]), "ms",
				"open model, " + Rounds.describe(commands[0]));
		report.add("RecordInteraction p99" + rate, Rounds.median(commands[1]), "ms",
				"open model, " + Rounds.describe(commands[1]));
		report.add("RecordInteraction answered" + rate, Rounds.median(commands[2]), "commands/s",
				failed + " failed in all rounds, " + Rounds.describe(commands[2]));
	}

}
