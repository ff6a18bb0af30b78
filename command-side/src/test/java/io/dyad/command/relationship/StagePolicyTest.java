package io.dyad.command.relationship;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Party;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.api.value.StageRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StagePolicyTest {

	private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

	@ParameterizedTest(name = "[{index}] {0} t={1} u={2} tx={3} sup={4} cli={5} jps={6} days={7} after {8}: {9}")
	@CsvSource(nullValues = "-", value = {
			// stage, trust, uncertainty, transactions, by supplier, by client, positive
			// JPS, days in EXPANSION, trigger (- = adaptation), next stage, rule
			"AWARENESS,   0.30,   1.00,   0, 0, 0, 0, -,  NEGOTIATION,           EXPLORATION, FIRST_BARGAINING",
			"AWARENESS,   0.30,   1.00,   0, 0, 0, 0, -,  TRANSACTION,           EXPLORATION, FIRST_MONETARY_EXCHANGE",
			"AWARENESS,   0.90,   0.10,   0, 0, 0, 0, -,  COMMUNICATION,         -,           -",
			"AWARENESS,   0.90,   0.10,   0, 1, 1, 1, -,  -,                     -,           -",
			"EXPLORATION, 0.50,   0.50,   3, 0, 0, 0, -,  COMMUNICATION,         EXPANSION,   REPEATED_TRANSACTIONS",
			"EXPLORATION, 0.60,   0.40,   3, 0, 0, 0, -,  -,                     EXPANSION,   REPEATED_TRANSACTIONS",
			"EXPLORATION, 0.4999, 0.50,   3, 0, 0, 0, -,  TRANSACTION,           -,           -",
			"EXPLORATION, 0.50,   0.5001, 3, 0, 0, 0, -,  TRANSACTION,           -,           -",
			"EXPLORATION, 0.90,   0.10,   2, 0, 0, 0, -,  TRANSACTION,           -,           -",
			"EXPLORATION, 0.90,   0.10,   2, 0, 0, 0, -,  NEGOTIATION,           -,           -",
			"EXPANSION,   0.75,   0.25,   5, 1, 1, 1, 90, -,                     COMMITMENT,  MATURE_COMMITMENT",
			"EXPANSION,   0.90,   0.10,   5, 2, 3, 4, 200, JOINT_PROBLEM_SOLVING, COMMITMENT,  MATURE_COMMITMENT",
			"EXPANSION,   0.75,   0.25,   5, 1, 1, 1, 89, -,                     -,           -",
			"EXPANSION,   0.7499, 0.25,   5, 1, 1, 1, 90, -,                     -,           -",
			"EXPANSION,   0.75,   0.2501, 5, 1, 1, 1, 90, -,                     -,           -",
			"EXPANSION,   0.90,   0.10,   5, 0, 1, 1, 90, -,                     -,           -",
			"EXPANSION,   0.90,   0.10,   5, 1, 0, 1, 90, -,                     -,           -",
			"EXPANSION,   0.90,   0.10,   5, 1, 1, 0, 90, -,                     -,           -",
			"COMMITMENT,  0.90,   0.10,   5, 1, 1, 1, 400, JOINT_PROBLEM_SOLVING, -,           -",
			"DISSOLUTION, 0.90,   0.10,   5, 1, 1, 1, 400, TRANSACTION,          -,           -" })
	void advancesOnlyWhenTheStagesRuleHolds(Stage stage, double trust, double uncertainty, int transactions,
			int bySupplier, int byClient, int positiveJointProblemSolving, Integer daysInExpansion,
			InteractionKind trigger, Stage next, StageRule rule) {
		RelationshipFacts facts = new RelationshipFacts(stage, trust, uncertainty, 0.2, transactions,
				Map.of(Party.SUPPLIER, bySupplier, Party.CLIENT, byClient), positiveJointProblemSolving,
				(daysInExpansion != null) ? AT.minus(Duration.ofDays(daysInExpansion)) : null, List.of());

		Optional<StageAdvance> step = StagePolicy.nextStep(facts, new StageTrigger("x-1", trigger, AT));

		assertThat(step.map(StageAdvance::to)).isEqualTo(Optional.ofNullable(next));
		assertThat(step.map(StageAdvance::rule)).isEqualTo(Optional.ofNullable(rule));
		step.ifPresent((advance) -> assertThat(advance.from()).isEqualTo(stage));
	}

	@Test
	void waitsUntilTheFullNinetiethDayOfExpansion() {
		Instant expansionBegan = AT.minus(Duration.ofDays(90)).plusSeconds(1);

		assertThat(StagePolicy.nextStep(matureExpansion(expansionBegan), StageTrigger.adaptation("a-9", AT))).isEmpty();
		assertThat(StagePolicy.nextStep(matureExpansion(expansionBegan),
				StageTrigger.adaptation("a-9", AT.plusSeconds(1))))
			.isPresent();
	}

	@Test
	void recordsTheEvidenceTheRuleLookedAt() {
		Instant expansionBegan = AT.minus(Duration.ofDays(95)).minus(Duration.ofHours(23));
		RelationshipFacts facts = new RelationshipFacts(Stage.EXPANSION, 0.8, 0.2, 0.28, 6,
				Map.of(Party.SUPPLIER, 2, Party.CLIENT, 1), 1, expansionBegan,
				List.of(AT.minus(Duration.ofDays(31)), AT.minus(Duration.ofDays(30)), AT));

		StageAdvance step = StagePolicy.nextStep(facts, StageTrigger.interaction("i-7", InteractionKind.SOCIAL, AT))
			.orElseThrow();

		assertThat(step.at()).isEqualTo(AT);
		assertThat(step.evidence()).isEqualTo(new StageEvidence("i-7", 0.8, 0.2, 0.28, 6,
				Map.of(Party.SUPPLIER, 2, Party.CLIENT, 1), 1, 95L, 2, null));
	}

	@Test
	void recordsNoDaysSinceExpansionBeforeExpansionBegan() {
		RelationshipFacts facts = new RelationshipFacts(Stage.EXPLORATION, 0.6, 0.4, 0.0, 3, Map.of(), 0, null,
				List.of());

		StageAdvance step = StagePolicy
			.nextStep(facts, StageTrigger.interaction("i-3", InteractionKind.TRANSACTION, AT))
			.orElseThrow();

		assertThat(step.evidence().daysSinceExpansion()).isNull();
		assertThat(step.evidence().adaptationsByParty()).containsExactly(Map.entry(Party.SUPPLIER, 0),
				Map.entry(Party.CLIENT, 0));
	}

	private static RelationshipFacts matureExpansion(Instant expansionBegan) {
		return new RelationshipFacts(Stage.EXPANSION, 0.8, 0.2, 0.3, 5, Map.of(Party.SUPPLIER, 1, Party.CLIENT, 1), 1,
				expansionBegan, List.of());
	}

}
