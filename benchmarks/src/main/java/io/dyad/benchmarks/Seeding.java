package io.dyad.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts the relationships and events the measurements need into the store, through the
 * application's command API.
 */
final class Seeding {

	/** Enough concurrent users to keep the server's threads busy on two cores. */
	static final int FILL_USERS = 32;

	private static final int SHORT_EVENTS = 10;

	private Seeding() {
	}

	static void open(Harness harness, Cohort cohort) {
		strictly(harness.load(SeedSimulation.class, "open " + cohort.size() + " relationships " + cohort.prefix() + "*",
				parameters(cohort, "open", cohort.size(), 16, "opened")));
	}

	/** The relationships with ten events and the one with the long history. */
	static void histories(Harness harness) {
		open(harness, Cohort.SHORT);
		strictly(harness.load(SeedSimulation.class, "give " + Cohort.SHORT.prefix() + "* ten events each", parameters(
				Cohort.SHORT, "interact", (SHORT_EVENTS - 1L) * Cohort.SHORT.size(), Cohort.SHORT.size(), "recorded")));
		open(harness, Cohort.LONG);
		// One user: commands on one aggregate are handled one at a time anyway.
		strictly(harness.load(SeedSimulation.class, "give " + Cohort.LONG.id(0) + " its long history",
				parameters(Cohort.LONG, "interact", harness.options().longEvents() - 1L, 1, "recorded")));
	}

	/**
	 * Records interactions round robin over the cohort until the store holds the events;
	 * failed commands are made up for by another pass.
	 */
	static void fillTo(Harness harness, Cohort cohort, long events) {
		for (int pass = 0; pass < 3; pass++) {
			long missing = events - harness.head();
			if (missing <= 0) {
				return;
			}
			LoadStats stats = harness.load(SeedSimulation.class,
					"fill the store to " + Report.format(events) + " events",
					parameters(cohort, "interact", missing, FILL_USERS, "recorded"));
			if (stats.all().failed() > 0) {
				System.out.println("  " + stats.all().failed() + " commands failed; see " + stats.report());
			}
		}
		if (harness.head() < events) {
			throw new IllegalStateException("the store did not reach " + events + " events");
		}
	}

	private static Map<String, Object> parameters(Cohort cohort, String command, long count, int users, String task) {
		Map<String, Object> parameters = new HashMap<>(cohort.asParameter("relationships"));
		parameters.put("command", command);
		parameters.put("count", count);
		parameters.put("users", users);
		parameters.put("task", task);
		return parameters;
	}

	private static void strictly(LoadStats stats) {
		if (stats.all().failed() > 0) {
			throw new IllegalStateException(
					stats.all().failed() + " commands failed while seeding; see " + stats.report());
		}
	}

}
