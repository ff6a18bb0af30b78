package io.dyad.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Sends a fixed number of commands as fast as the server answers them, through its real
 * command path: a few users, each sending its next command when the last is answered,
 * each on relationships of its own so that no two commands wait for the same aggregate.
 * {@code command} is {@code open} (OpenRelationship for each of the cohort) or
 * {@code interact} (RecordInteraction, each user going round its relationships).
 */
public class SeedSimulation extends Simulation {

	public SeedSimulation() {
		Cohort cohort = Cohort.parameter("relationships");
		boolean open = "open".equals(Parameters.text("command"));
		long count = open ? cohort.size() : Parameters.number("count");
		int users = Math.min(Parameters.integer("users"), cohort.size());
		Progress progress = new Progress(Parameters.text("task"), count);
		AtomicLong sent = new AtomicLong();
		AtomicInteger slots = new AtomicInteger();
		// A user's relationships are those whose number leaves its slot as remainder; it
		// opens each once, or goes round them until all users together have sent count.
		ChainBuilder next = exec((session) -> {
			int slot = session.getInt("slot");
			long own = (cohort.size() - slot + users - 1) / users;
			long turn = session.getLong("turn") + 1;
			boolean more = open ? turn < own : sent.getAndIncrement() < count;
			return session.set("turn", turn)
				.set("more", more)
				.set(Cohort.ATTRIBUTE, cohort.id(slot + (turn % own) * users));
		});
		setUp(scenario("seed").exec((session) -> session.set("slot", slots.getAndIncrement()).set("turn", -1L))
			.exec(next)
			.asLongAs((session) -> session.getBoolean("more"))
			.on(exec(open ? Requests.openRelationship("OpenRelationship")
					: Requests.recordInteraction(ClosedLoopSimulation.RECORD_INTERACTION))
				.exec((session) -> {
					progress.step();
					return session;
				})
				.exec(next))
			.injectOpen(atOnceUsers(users))).protocols(Requests.protocol());
	}

}
