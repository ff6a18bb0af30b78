package io.dyad.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Closed model: a fixed number of users, each sending its next request when the last is
 * answered, for a fixed time. Each turn takes the next relationship round robin and sends
 * the requests named in {@code requests}: {@code commands} (RecordInteraction),
 * {@code ceiling} (the liveness probe), {@code queries} (the relationship's summary,
 * stage history and trust trajectory).
 */
public class ClosedLoopSimulation extends Simulation {

	static final String COMMANDS = "commands";

	static final String CEILING = "ceiling";

	static final String QUERIES = "queries";

	static final String RECORD_INTERACTION = "RecordInteraction";

	public ClosedLoopSimulation() {
		Duration length = Parameters.seconds("seconds");
		List<String> requests = List.of(Parameters.text("requests").split(","));
		List<ChainBuilder> turn = new ArrayList<>();
		turn.add(feed(Cohort.parameter("relationships").roundRobinFeeder()));
		if (requests.contains(COMMANDS)) {
			turn.add(exec(Requests.recordInteraction(RECORD_INTERACTION)));
		}
		if (requests.contains(CEILING)) {
			turn.add(exec(Requests.liveness()));
		}
		if (requests.contains(QUERIES)) {
			turn.add(exec(Requests.read("summary", ""), Requests.read("stage history", "/stage-history"),
					Requests.read("trust trajectory", "/trust-trajectory")));
		}
		setUp(scenario(String.join(" and ", requests)).during(length)
			.on(exec(turn))
			.injectClosed(constantConcurrentUsers(Parameters.integer("users")).during(length)))
			.protocols(Requests.protocol());
	}

}
