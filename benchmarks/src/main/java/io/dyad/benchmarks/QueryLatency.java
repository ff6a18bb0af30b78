package io.dyad.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * Latency of the stage history and the trust trajectory of the long relationship under a
 * fixed arrival rate of queries.
 */
final class QueryLatency {

	private QueryLatency() {
	}

	static void measure(Harness harness) {
		Options options = harness.options();
		for (String query : List.of("stage-history", "trust-trajectory")) {
			double[][] latencies = new double[2][options.rounds()];
			long sent = 0;
			long failed = 0;
			for (int r = 0; r < options.rounds(); r++) {
				LoadStats.Request round = harness
					.load(QuerySimulation.class, query + " at " + options.queryRate() + "/s, round " + (r + 1),
							Map.of("query", query, "relationship", Cohort.LONG.id(0), "rate", options.queryRate(),
									"seconds", options.seconds()))
					.request(query);
				latencies[0][r] = round.p50();
				latencies[1][r] = round.p99();
				sent += round.sent();
				failed += round.failed();
			}
			String note = "GET " + query + " of a " + options.longEvents() + "-interaction relationship at "
					+ options.queryRate() + "/s (open model), " + failed + " of " + sent + " failed, ";
			double p99 = Rounds.median(latencies[1]);
			boolean judged = options.queryRate() >= 200 && options.longEvents() == 10_000;
			harness.report()
				.add(query + " p50", Rounds.median(latencies[0]), "ms", note + Rounds.describe(latencies[0]));
			harness.report()
				.add(query + " p99", p99, "ms",
						Goal.atMost(10, p99)
							.when(judged, "at 200 queries/s on 10,000 interactions")
							.withoutFailures(failed),
						note + Rounds.describe(latencies[1]));
		}
	}

}
