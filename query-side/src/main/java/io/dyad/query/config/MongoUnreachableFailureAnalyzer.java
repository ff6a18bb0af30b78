package io.dyad.query.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable MongoDB at start into one message instead of a stack trace. */
class MongoUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<MongoUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MongoUnreachableException cause) {
		return new FailureAnalysis(
				"Dyad cannot reach MongoDB at " + cause.hosts()
						+ ", which holds the projections and tracking tokens: no server answered in time.",
				"Start MongoDB at " + cause.hosts() + " or point spring.data.mongodb.uri at a reachable server."
						+ " Leave spring.data.mongodb.uri unset to use the standalone's embedded store.",
				cause);
	}

}
