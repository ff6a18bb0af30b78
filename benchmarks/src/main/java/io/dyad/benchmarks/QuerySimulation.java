package io.dyad.benchmarks;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Open model: one query of one relationship at a fixed arrival rate, whatever the answers
 * do, so a stalled server shows in the latencies instead of lowering the rate.
 */
public class QuerySimulation extends Simulation {

	public QuerySimulation() {
		String query = Parameters.text("query");
		String relationshipId = Parameters.text("relationship");
		setUp(scenario(query).exec((session) -> session.set(Cohort.ATTRIBUTE, relationshipId))
			.exec(Requests.read(query, "/" + query))
			.injectOpen(constantUsersPerSec(Parameters.integer("rate")).during(Parameters.seconds("seconds"))))
			.protocols(Requests.protocol().shareConnections());
	}

}
