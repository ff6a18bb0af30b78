package io.dyad.command.relationship;

import java.time.Duration;
import java.util.Optional;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Party;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageRule;

/**
 * Stage policy v1 (Dwyer, Schurr and Oh): the next step a relationship may take after an
 * interaction or adaptation, if any. The caller asks again after each step until none
 * holds.
 */
final class StagePolicy {

	static final int REPEATED_TRANSACTIONS = 3;

	static final double EXPANSION_TRUST = 0.50;

	static final double EXPANSION_UNCERTAINTY = 0.50;

	static final double COMMITMENT_TRUST = 0.75;

	static final double COMMITMENT_UNCERTAINTY = 0.25;

	static final Duration COMMITMENT_MATURITY = Duration.ofDays(90);

	private StagePolicy() {
	}

	static Optional<StageAdvance> nextStep(RelationshipFacts facts, StageTrigger trigger) {
		return rule(facts, trigger).map((rule) -> new StageAdvance(facts.stage(), next(facts.stage()), rule,
				trigger.at(), facts.evidence(trigger.id(), trigger.at(), null)));
	}

	private static Optional<StageRule> rule(RelationshipFacts facts, StageTrigger trigger) {
		return switch (facts.stage()) {
			case AWARENESS -> firstExchange(trigger.kind());
			case EXPLORATION ->
				holds(facts.transactionCount() >= REPEATED_TRANSACTIONS && facts.trust() >= EXPANSION_TRUST
						&& facts.uncertainty() <= EXPANSION_UNCERTAINTY, StageRule.REPEATED_TRANSACTIONS);
			case EXPANSION -> holds(matureCommitment(facts, trigger), StageRule.MATURE_COMMITMENT);
			case COMMITMENT, DISSOLUTION -> Optional.empty();
		};
	}

	private static Optional<StageRule> firstExchange(InteractionKind kind) {
		if (kind == InteractionKind.NEGOTIATION) {
			return Optional.of(StageRule.FIRST_BARGAINING);
		}
		if (kind == InteractionKind.TRANSACTION) {
			return Optional.of(StageRule.FIRST_MONETARY_EXCHANGE);
		}
		return Optional.empty();
	}

	private static boolean matureCommitment(RelationshipFacts facts, StageTrigger trigger) {
		return facts.trust() >= COMMITMENT_TRUST && facts.uncertainty() <= COMMITMENT_UNCERTAINTY
				&& facts.adaptationsBy(Party.SUPPLIER) >= 1 && facts.adaptationsBy(Party.CLIENT) >= 1
				&& facts.positiveJointProblemSolvingCount() >= 1 && facts.expansionBegan() != null
				&& Duration.between(facts.expansionBegan(), trigger.at()).compareTo(COMMITMENT_MATURITY) >= 0;
	}

	private static Optional<StageRule> holds(boolean condition, StageRule rule) {
		return condition ? Optional.of(rule) : Optional.empty();
	}

	private static Stage next(Stage stage) {
		return Stage.values()[stage.ordinal() + 1];
	}

}
