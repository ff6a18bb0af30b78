package io.dyad.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Command throughput against the HTTP ceiling: RecordInteraction round robin over the
 * relationships and the liveness probe of the same server, by the same number of
 * closed-model users for the same time, in alternating rounds. With the rate comes the
 * server's CPU time per command, which tells how far the rate is bound by the server's
 * own work on this machine's cores.
 */
final class Throughput {

	static final int CLIENTS = 16;

	private Throughput() {
	}

	static void measure(Harness harness) throws InterruptedException {
		Options options = harness.options();
		for (int clients : new int[] { CLIENTS, 1 }) {
			double[] commands = new double[options.rounds()];
			double[] cpuPerCommand = new double[options.rounds()];
			double[] ceiling = new double[options.rounds()];
			long failed = 0;
			for (int r = 0; r < options.rounds(); r++) {
				Optional<Duration> cpuBefore = harness.serverCpu().get();
				LoadStats.Request round = commands(harness, clients, "round " + (r + 1));
				// The projections' work on the round's events belongs to its commands;
				// left running, it would take CPU from the ceiling's round.
				harness.awaitCaughtUp();
				Optional<Duration> cpuAfter = harness.serverCpu().get();
				commands[r] = round.okPerSecond();
				cpuPerCommand[r] = cpuMillis(cpuBefore, cpuAfter) / round.ok();
				failed += round.failed();
				ceiling[r] = run(harness, ClosedLoopSimulation.CEILING, clients, "round " + (r + 1)).request("liveness")
					.okPerSecond();
			}
			double command = Rounds.median(commands);
			double noOp = Rounds.median(ceiling);
			String people = clients + ((clients == 1) ? " client" : " clients");
			report(harness, people, clients == CLIENTS, command, noOp, commands, ceiling, failed);
			reportCpu(harness, people, cpuPerCommand);
		}
	}

	/** The server's CPU time between two readings in ms, NaN where it is not told. */
	private static double cpuMillis(Optional<Duration> before, Optional<Duration> after) {
		return after.flatMap((end) -> before.map((start) -> end.minus(start).toNanos() / 1e6)).orElse(Double.NaN);
	}

	private static void reportCpu(Harness harness, String people, double[] cpuPerCommand) {
		double perCommand = Rounds.median(cpuPerCommand);
		int cores = Runtime.getRuntime().availableProcessors();
		String note = Double.isNaN(perCommand) ? "the system does not tell the server's CPU time"
				: String.format(Locale.ROOT,
						"user and system time of the server's process, projections included, from each round's "
								+ "start until its projections caught up, per command answered; %s; "
								+ "%d cores at this cost answer at most %s commands/s",
						Rounds.describe(cpuPerCommand), cores, Report.format(cores * 1_000 / perCommand));
		harness.report().add("server CPU per command, " + people, perCommand, "ms", note);
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
