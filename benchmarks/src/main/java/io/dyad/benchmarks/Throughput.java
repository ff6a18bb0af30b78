package io.dyad.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * Command throughput against the HTTP ceiling: RecordInteraction round robin over the
 * relationships and the liveness probe of the same server, by the same number of
 * closed-model users for the same time, in alternating rounds.
 */
final class Throughput {

	static final int CLIENTS = 16;

	private Throughput() {
	}

	static void measure(Harness harness) {
		Options options = harness.options();
		for (int clients : new int[] { CLIENTS, 1 }) {
			double[] commands = new double[options.rounds()];
			double[] ceiling = new double[options.rounds()];
			long failed = 0;
			for (int r = 0; r < options.rounds(); r++) {
				LoadStats.Request round = commands(harness, clients, "round " + (r + 1));
				commands[r] = round.okPerSecond();
				failed += round.failed();
				ceiling[r] = run(harness, ClosedLoopSimulation.CEILING, clients, "round " + (r + 1)).request("liveness")
					.okPerSecond();
			}
			double command = Rounds.median(commands);
			double noOp = Rounds.median(ceiling);
			String people = clients + ((clients == 1) ? " client" : " clients");
			report(harness, people, clients == CLIENTS, command, noOp, commands, ceiling, failed);
		}
	}

	/** One closed-model run of RecordInteraction: answers per second and failures. */
	static LoadStats.Request commands(Harness harness, int clients, String round) {
		return run(harness, ClosedLoopSimulation.COMMANDS, clients, round)
			.request(ClosedLoopSimulation.RECORD_INTERACTION);
	}

	private static LoadStats run(Harness harness, String requests, int clients, String round) {
		Map<String, Object> parameters = new HashMap<>(
				Cohort.roundRobin(harness.options().relationships()).asParameter("relationships"));
		parameters.put("requests", requests);
		parameters.put("users", clients);
		parameters.put("seconds", harness.options().seconds());
		return harness.load(ClosedLoopSimulation.class, requests + ", " + clients + " users, " + round, parameters);
	}

	/** The throughput goals are stated for 16 clients over 1,000 relationships. */
	private static void report(Harness harness, String people, boolean goals, double command, double noOp,
			double[] commands, double[] ceiling, long failed) {
		boolean judged = harness.options().relationships() == 1_000;
		String conditions = "for 1,000 relationships";
		harness.report()
			.add("RecordInteraction, " + people, command, "commands/s",
					goals ? Goal.atLeast(2_500, command).when(judged, conditions) : Goal.NONE,
					"closed model, round robin over " + harness.options().relationships() + " relationships, "
							+ Rounds.describe(commands) + ", " + failed + " failed");
		harness.report()
			.add("HTTP ceiling, " + people, noOp, "requests/s",
					"GET " + Requests.LIVENESS + " on the same server, " + Rounds.describe(ceiling));
		harness.report()
			.add("commands vs ceiling, " + people, command / noOp, "ratio",
					goals ? Goal.atLeast(0.15, command / noOp).when(judged, conditions) : Goal.NONE, "");
	}

}
