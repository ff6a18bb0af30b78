package io.dyad.benchmarks;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * One user for a fixed time, alternating RecordInteraction on a relationship with a short
 * history (the next of {@link Cohort#SHORT}) and on the one with the long history.
 */
public class HistoryLatencySimulation extends Simulation {

	static final String SHORT = "short history";

	static final String LONG = "long history";

	private static final String LONG_ID = "longId";

	public HistoryLatencySimulation() {
		Duration length = Parameters.seconds("seconds");
		setUp(scenario("short and long histories").exec((session) -> session.set(LONG_ID, Cohort.LONG.id(0)))
			.during(length)
			.on(feed(Cohort.SHORT.roundRobinFeeder()).exec(Requests.recordInteraction(SHORT))
				.exec(Requests.recordInteraction(LONG, LONG_ID)))
			.injectClosed(constantConcurrentUsers(1).during(length))).protocols(Requests.protocol());
	}

}
