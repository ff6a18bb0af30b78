package io.dyad.command.relationship;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;

/** Which at-risk rules hold after an interaction or adaptation. */
final class RiskPolicy {

	static final double TRUST_FLOOR = 0.35;

	static final int CONFLICT_BURST = 3;

	private RiskPolicy() {
	}

	static Set<RiskRule> holding(RelationshipFacts facts, Instant at) {
		Set<RiskRule> rules = EnumSet.noneOf(RiskRule.class);
		boolean developed = facts.stage() == Stage.EXPANSION || facts.stage() == Stage.COMMITMENT;
		if (developed && facts.trust() < TRUST_FLOOR) {
			rules.add(RiskRule.TRUST_BELOW_FLOOR);
		}
		if (facts.conflictsWithin30DaysOf(at) >= CONFLICT_BURST) {
			rules.add(RiskRule.CONFLICT_BURST);
		}
		return rules;
	}

}
