package io.dyad.command.relationship;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.dyad.api.command.AssessRelationshipCommand;
import io.dyad.api.command.OpenRelationshipCommand;
import io.dyad.api.command.RecordInteractionCommand;
import io.dyad.api.command.RelationshipCommandResult;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.api.value.StageRule;
import io.dyad.api.value.StageStep;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.dyad.command.relationship.RelationshipFixture.CLIENT;
import static io.dyad.command.relationship.RelationshipFixture.OPENED_AT;
import static io.dyad.command.relationship.RelationshipFixture.RELATIONSHIP_ID;
import static io.dyad.command.relationship.RelationshipFixture.SUPPLIER;
import static io.dyad.command.relationship.RelationshipFixture.adaptation;
import static io.dyad.command.relationship.RelationshipFixture.adapted;
import static io.dyad.command.relationship.RelationshipFixture.advanced;
import static io.dyad.command.relationship.RelationshipFixture.assessment;
import static io.dyad.command.relationship.RelationshipFixture.atRisk;
import static io.dyad.command.relationship.RelationshipFixture.classification;
import static io.dyad.command.relationship.RelationshipFixture.day;
import static io.dyad.command.relationship.RelationshipFixture.dissolution;
import static io.dyad.command.relationship.RelationshipFixture.dissolved;
import static io.dyad.command.relationship.RelationshipFixture.evidence;
import static io.dyad.command.relationship.RelationshipFixture.expandingSince;
import static io.dyad.command.relationship.RelationshipFixture.exploringRelationship;
import static io.dyad.command.relationship.RelationshipFixture.exploringWithTransactions;
import static io.dyad.command.relationship.RelationshipFixture.interaction;
import static io.dyad.command.relationship.RelationshipFixture.nearlyCommitted;
import static io.dyad.command.relationship.RelationshipFixture.openRelationship;
import static io.dyad.command.relationship.RelationshipFixture.opened;
import static io.dyad.command.relationship.RelationshipFixture.plus;
import static io.dyad.command.relationship.RelationshipFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class RelationshipTest {

	private FixtureConfiguration<Relationship> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Relationship.class);
	}

	// Opening

	@Test
	void opensARelationshipInAwarenessAsProspecting() {
		this.fixture.givenNoPriorActivity()
			.when(openRelationship())
			.expectEvents(opened())
			.expectResultMessagePayload(result(0, Stage.AWARENESS, RelationalType.PROSPECTING, 0.30, 1.00, 0.0, false));
	}

	@Test
	void answersTheSameWhenTheSameOpeningComesAgain() {
		this.fixture
			.given(opened(),
					recorded(interaction("m-1", InteractionKind.SOCIAL, Outcome.POSITIVE, day(1)), 0.335, 0.925))
			.when(openRelationship())
			.expectNoEvents()
			.expectResultMessagePayload(result(0, Stage.AWARENESS, RelationalType.PROSPECTING, 0.30, 1.00, 0.0, false));
	}

	@Test
	void cannotOpenAnOpenRelationshipWithOtherContent() {
		this.fixture.given(opened())
			.when(new OpenRelationshipCommand(RELATIONSHIP_ID, SUPPLIER, new Organisation("initech", "Initech"), null,
					OPENED_AT, List.of("key-account")))
			.expectNoEvents()
			.expectException(RelationshipExistsException.class);
	}

	@Test
	void canOpenARelationshipUpToFiveMinutesAhead() {
		this.fixture.givenCurrentTime(OPENED_AT.minus(Relationship.FUTURE_TOLERANCE))
			.when(openRelationship())
			.expectEvents(opened());
	}

	@Test
	void cannotOpenARelationshipMoreThanFiveMinutesAhead() {
		this.fixture.givenCurrentTime(OPENED_AT.minus(Relationship.FUTURE_TOLERANCE).minusSeconds(1))
			.when(openRelationship())
			.expectNoEvents()
			.expectException(OccurredInFutureException.class)
			.expectExceptionMessage(containsString("openedAt 2025-01-06T09:00:00Z is later than 2025-01-06T08:59:59Z"));
	}

	// Interactions and the trust model

	@Test
	void recordsAnInteractionWithTheTrustItProduced() {
		RecordInteractionCommand communication = interaction("m-1", InteractionKind.COMMUNICATION, Outcome.POSITIVE,
				day(1));
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.COMMUNICATION,
				Outcome.POSITIVE);

		this.fixture.given(opened())
			.when(communication)
			.expectEvents(recorded(communication, scores))
			.expectResultMessagePayload(result(1, Stage.AWARENESS, RelationalType.PROSPECTING, scores.trust(),
					scores.uncertainty(), 0.0, false));
	}

	// Stage policy

	@Test
	void advancesToExplorationOnFirstBargaining() {
		RecordInteractionCommand negotiation = interaction("n-1", InteractionKind.NEGOTIATION, Outcome.NEUTRAL, day(1));
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.NEGOTIATION,
				Outcome.NEUTRAL);

		this.fixture.given(opened())
			.when(negotiation)
			.expectEvents(recorded(negotiation, scores),
					advanced(Stage.AWARENESS, Stage.EXPLORATION, StageRule.FIRST_BARGAINING, day(1),
							evidence("n-1", scores.trust(), scores.uncertainty(), 0.0, 0, 0, 0, 0, null, 0)))
			.expectResultMessagePayload(
					result(2, Stage.EXPLORATION, RelationalType.PROSPECTING, scores.trust(), scores.uncertainty(), 0.0,
							false, step(Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", day(1))));
	}

	@Test
	void advancesToExplorationOnFirstMonetaryExchangeWhateverItsOutcome() {
		RecordInteractionCommand transaction = interaction("t-1", InteractionKind.TRANSACTION, Outcome.NEGATIVE,
				day(1));
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.TRANSACTION,
				Outcome.NEGATIVE);

		this.fixture.given(opened())
			.when(transaction)
			.expectEvents(recorded(transaction, scores),
					advanced(Stage.AWARENESS, Stage.EXPLORATION, StageRule.FIRST_MONETARY_EXCHANGE, day(1),
							evidence("t-1", scores.trust(), scores.uncertainty(), 0.0, 1, 0, 0, 0, null, 0)));
	}

	@Test
	void canAdvanceToExpansionAfterRepeatedTransactionsAtExactlyHalfTrust() {
		RecordInteractionCommand third = interaction("t-3", InteractionKind.TRANSACTION, Outcome.NEUTRAL, day(5));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.5, 0.5), InteractionKind.TRANSACTION,
				Outcome.NEUTRAL);
		assertThat(scores.trust()).isEqualTo(0.5);

		this.fixture.given(exploringWithTransactions(2, 0.5, 0.5))
			.when(third)
			.expectEvents(recorded(third, scores),
					advanced(Stage.EXPLORATION, Stage.EXPANSION, StageRule.REPEATED_TRANSACTIONS, day(5),
							evidence("t-3", 0.5, scores.uncertainty(), 0.0, 3, 0, 0, 0, null, 0)))
			.expectResultMessagePayload(
					result(6, Stage.EXPANSION, RelationalType.PROSPECTING, 0.5, scores.uncertainty(), 0.0, false,
							step(Stage.EXPLORATION, Stage.EXPANSION, "repeated-transactions", day(5))));
	}

	@Test
	void canAdvanceToExpansionWhenUncertaintyFallsToExactlyHalf() {
		RecordInteractionCommand third = interaction("t-3", InteractionKind.TRANSACTION, Outcome.NEGATIVE, day(5));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.8, 0.375), InteractionKind.TRANSACTION,
				Outcome.NEGATIVE);
		assertThat(scores.uncertainty()).isEqualTo(0.5);

		this.fixture.given(exploringWithTransactions(2, 0.8, 0.375))
			.when(third)
			.expectEvents(recorded(third, scores),
					advanced(Stage.EXPLORATION, Stage.EXPANSION, StageRule.REPEATED_TRANSACTIONS, day(5),
							evidence("t-3", scores.trust(), 0.5, 0.0, 3, 0, 0, 0, null, 0)));
	}

	@Test
	void staysInExplorationWhileTrustIsBelowHalf() {
		RecordInteractionCommand third = interaction("t-3", InteractionKind.TRANSACTION, Outcome.NEUTRAL, day(5));

		this.fixture.given(exploringWithTransactions(2, 0.4999, 0.5))
			.when(third)
			.expectEvents(recorded(third, TrustModel.afterInteraction(new TrustScores(0.4999, 0.5),
					InteractionKind.TRANSACTION, Outcome.NEUTRAL)));
	}

	@Test
	void staysInExplorationWithFewerThanThreeTransactions() {
		RecordInteractionCommand second = interaction("t-2", InteractionKind.TRANSACTION, Outcome.POSITIVE, day(5));

		this.fixture.given(exploringWithTransactions(1, 0.9, 0.1))
			.when(second)
			.expectEvents(recorded(second, TrustModel.afterInteraction(new TrustScores(0.9, 0.1),
					InteractionKind.TRANSACTION, Outcome.POSITIVE)));
	}

	@Test
	void canAdvanceToCommitmentNinetyDaysAfterExpansionBegan() {
		var byClient = adaptation("a-2", Party.CLIENT, Magnitude.LOW, day(100));
		double switchingCost = TrustModel.switchingCostAfter(0.2, Magnitude.LOW);

		this.fixture.given(nearlyCommitted(0.75, 0.25))
			.when(byClient)
			.expectEvents(adapted(byClient, switchingCost),
					advanced(Stage.EXPANSION, Stage.COMMITMENT, StageRule.MATURE_COMMITMENT, day(100),
							evidence("a-2", 0.75, 0.25, switchingCost, 3, 1, 1, 1, 90L, 0)))
			.expectResultMessagePayload(result(10, Stage.COMMITMENT, RelationalType.PROSPECTING, 0.75, 0.25,
					switchingCost, false, step(Stage.EXPANSION, Stage.COMMITMENT, "mature-commitment", day(100))));
	}

	@Test
	void cannotAdvanceToCommitmentASecondBeforeNinetyDays() {
		var byClient = adaptation("a-2", Party.CLIENT, Magnitude.LOW, day(100).minusSeconds(1));

		this.fixture.given(nearlyCommitted(0.75, 0.25))
			.when(byClient)
			.expectEvents(adapted(byClient, TrustModel.switchingCostAfter(0.2, Magnitude.LOW)));
	}

	@Test
	void cannotAdvanceToCommitmentAfterEightyNineDays() {
		var byClient = adaptation("a-2", Party.CLIENT, Magnitude.LOW, day(99));

		this.fixture.given(nearlyCommitted(0.9, 0.1))
			.when(byClient)
			.expectEvents(adapted(byClient, TrustModel.switchingCostAfter(0.2, Magnitude.LOW)));
	}

	@Test
	void canAdvanceToCommitmentOnAPositiveJointProblemSolving() {
		RecordInteractionCommand jointProblemSolving = interaction("jps-1", InteractionKind.JOINT_PROBLEM_SOLVING,
				Outcome.POSITIVE, day(200));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.8, 0.3),
				InteractionKind.JOINT_PROBLEM_SOLVING, Outcome.POSITIVE);

		this.fixture
			.given(plus(expandingSince(day(10), 0.8, 0.3),
					adapted(adaptation("a-1", Party.SUPPLIER, Magnitude.MEDIUM, day(20)), 0.2),
					adapted(adaptation("a-2", Party.CLIENT, Magnitude.LOW, day(30)), 0.28)))
			.when(jointProblemSolving)
			.expectEvents(recorded(jointProblemSolving, scores),
					advanced(Stage.EXPANSION, Stage.COMMITMENT, StageRule.MATURE_COMMITMENT, day(200),
							evidence("jps-1", scores.trust(), scores.uncertainty(), 0.28, 3, 1, 1, 1, 190L, 0)));
	}

	@Test
	void staysInExpansionWithoutAnAdaptationByTheClient() {
		RecordInteractionCommand social = interaction("s-1", InteractionKind.SOCIAL, Outcome.POSITIVE, day(120));

		this.fixture.given(nearlyCommitted(0.9, 0.1))
			.when(social)
			.expectEvents(recorded(social,
					TrustModel.afterInteraction(new TrustScores(0.9, 0.1), InteractionKind.SOCIAL, Outcome.POSITIVE)));
	}

	@Test
	void staysInExpansionWithoutAPositiveJointProblemSolving() {
		var byClient = adaptation("a-2", Party.CLIENT, Magnitude.LOW, day(120));

		this.fixture
			.given(plus(expandingSince(day(10), 0.9, 0.1),
					adapted(adaptation("a-1", Party.SUPPLIER, Magnitude.MEDIUM, day(20)), 0.2),
					recorded(interaction("jps-1", InteractionKind.JOINT_PROBLEM_SOLVING, Outcome.NEUTRAL, day(30)), 0.9,
							0.1)))
			.when(byClient)
			.expectEvents(adapted(byClient, TrustModel.switchingCostAfter(0.2, Magnitude.LOW)));
	}

	// Risk policy

	@Test
	void raisesRiskWhenTrustFallsBelowTheFloorInExpansion() {
		RecordInteractionCommand conflict = interaction("c-1", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(20));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.5, 0.4), InteractionKind.CONFLICT,
				Outcome.NEGATIVE);

		this.fixture.given(expandingSince(day(10), 0.5, 0.4))
			.when(conflict)
			.expectEvents(recorded(conflict, scores),
					atRisk(day(20), "c-1", scores.trust(), 1, RiskRule.TRUST_BELOW_FLOOR))
			.expectResultMessagePayload(result(8, Stage.EXPANSION, RelationalType.PROSPECTING, scores.trust(),
					scores.uncertainty(), 0.0, true));
	}

	@ParameterizedTest(name = "an adaptation at trust {0} raises risk: {1}")
	@CsvSource({ "0.35, false", "0.3499, true" })
	void raisesRiskOnlyBelowTheTrustFloor(double trust, boolean raised) {
		var adaptation = adaptation("a-1", Party.SUPPLIER, Magnitude.LOW, day(20));
		var adapted = adapted(adaptation, 0.1);

		var then = this.fixture.given(expandingSince(day(10), trust, 0.4)).when(adaptation);

		if (raised) {
			then.expectEvents(adapted, atRisk(day(20), "a-1", trust, 0, RiskRule.TRUST_BELOW_FLOOR));
		}
		else {
			then.expectEvents(adapted);
		}
	}

	@Test
	void raisesRiskOnTheThirdConflictWithinThirtyDays() {
		RecordInteractionCommand third = interaction("c-3", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(31));

		this.fixture.given(conflictsOn(day(1), day(16)))
			.when(third)
			.expectEvents(recorded(third, 0.3, 0.5 * (1 - 0.15 * 1.5)),
					atRisk(day(31), "c-3", 0.3, 3, RiskRule.CONFLICT_BURST));
	}

	@Test
	void doesNotCountAConflictMoreThanThirtyDaysOld() {
		RecordInteractionCommand third = interaction("c-3", InteractionKind.CONFLICT, Outcome.NEUTRAL,
				day(31).plusSeconds(1));

		this.fixture.given(conflictsOn(day(1), day(16)))
			.when(third)
			.expectEvents(recorded(third, 0.3, 0.5 * (1 - 0.15 * 1.5)));
	}

	@Test
	void raisesNoNewRiskEventWhenAnotherRuleStartsToHold() {
		RecordInteractionCommand conflict = interaction("c-4", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(14));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.5, 0.4), InteractionKind.CONFLICT,
				Outcome.NEGATIVE);

		this.fixture.given(conflictBurstInExpansion())
			.when(conflict)
			.expectEvents(recorded(conflict, scores))
			.expectResultMessagePayload(result(11, Stage.EXPANSION, RelationalType.PROSPECTING, scores.trust(),
					scores.uncertainty(), 0.0, true));
	}

	@Test
	void keepsTheRiskWhileOneRuleStillHolds() {
		RecordInteractionCommand social = interaction("s-1", InteractionKind.SOCIAL, Outcome.NEUTRAL, day(60));

		this.fixture
			.given(plus(conflictBurstInExpansion(),
					recorded(interaction("c-4", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(14)), 0.2, 0.6)))
			.when(social)
			.expectEvents(recorded(social,
					TrustModel.afterInteraction(new TrustScores(0.2, 0.6), InteractionKind.SOCIAL, Outcome.NEUTRAL)));
	}

	@Test
	void clearsTheRiskWhenTheConflictBurstIsOver() {
		RecordInteractionCommand social = interaction("s-1", InteractionKind.SOCIAL, Outcome.NEUTRAL,
				day(41).plusSeconds(1));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.5, 0.4), InteractionKind.SOCIAL,
				Outcome.NEUTRAL);

		this.fixture.given(conflictBurstInExpansion())
			.when(social)
			.expectEvents(recorded(social, scores),
					new RiskClearedEvent(RELATIONSHIP_ID, day(41).plusSeconds(1), "s-1", 0.5, 2,
							ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY))
			.expectResultMessagePayload(
					result(12, Stage.EXPANSION, RelationalType.PROSPECTING, 0.5, scores.uncertainty(), 0.0, false));
	}

	@Test
	void clearsTheRiskWhenTrustRecoversAboveTheFloor() {
		RecordInteractionCommand jointProblemSolving = interaction("jps-1", InteractionKind.JOINT_PROBLEM_SOLVING,
				Outcome.POSITIVE, day(21));
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(0.34, 0.6),
				InteractionKind.JOINT_PROBLEM_SOLVING, Outcome.POSITIVE);

		this.fixture
			.given(plus(expandingSince(day(10), 0.5, 0.4),
					recorded(interaction("c-1", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(20)), 0.34, 0.6),
					atRisk(day(20), "c-1", 0.34, 1, RiskRule.TRUST_BELOW_FLOOR)))
			.when(jointProblemSolving)
			.expectEvents(recorded(jointProblemSolving, scores), new RiskClearedEvent(RELATIONSHIP_ID, day(21), "jps-1",
					scores.trust(), 1, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
	}

	// Adaptations, assessments, classification

	@Test
	void raisesTheSwitchingCostWithAnAdaptation() {
		var adaptation = adaptation("a-1", Party.SUPPLIER, Magnitude.HIGH, day(2));
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.NEGOTIATION,
				Outcome.POSITIVE);

		this.fixture.given(exploringRelationship())
			.when(adaptation)
			.expectEvents(adapted(adaptation, 0.35))
			.expectResultMessagePayload(result(3, Stage.EXPLORATION, RelationalType.PROSPECTING, scores.trust(),
					scores.uncertainty(), 0.35, false));
	}

	@ParameterizedTest(name = "benefits {0} against negatives {1} net {2}: {3}")
	@CsvSource({ "4.0, 1.0, 3.0, RELATIONAL", "2.0, 2.0, 0.0, TRANSACTIONAL" })
	void recordsAnAssessmentWithItsNetBenefitAndRecommendedExchange(double benefit, double negative, double netBenefit,
			Exchange exchange) {
		AssessRelationshipCommand assessment = assessment("as-1", day(2), benefit, negative);

		this.fixture.given(opened())
			.when(assessment)
			.expectEvents(new RelationshipAssessedEvent(RELATIONSHIP_ID, "as-1", day(2), assessment.benefits(),
					assessment.negatives(), assessment.perspectives(), netBenefit, exchange, ModelVersions.TRUST_MODEL,
					ModelVersions.STAGE_POLICY))
			.expectResultMessagePayload(result(1, Stage.AWARENESS, RelationalType.PROSPECTING, 0.3, 1.0, 0.0, false));
	}

	@Test
	void classifiesTheRelationshipAndRemembersThePreviousType() {
		this.fixture.given(opened())
			.when(classification(RelationalType.MAJOR_SUPPLIER, day(3)))
			.expectEvents(new RelationshipClassifiedEvent(RELATIONSHIP_ID, RelationalType.PROSPECTING,
					RelationalType.MAJOR_SUPPLIER, "orders every month", day(3)))
			.expectResultMessagePayload(
					result(1, Stage.AWARENESS, RelationalType.MAJOR_SUPPLIER, 0.3, 1.0, 0.0, false));
	}

	// Dissolution

	@Test
	void dissolvesWithADissolvedEventThenAStepToDissolution() {
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.NEGOTIATION,
				Outcome.POSITIVE);

		this.fixture.given(exploringRelationship())
			.when(dissolution(day(40)))
			.expectEvents(dissolved(day(40), Stage.EXPLORATION), advanced(Stage.EXPLORATION, Stage.DISSOLUTION,
					StageRule.DISSOLVED, day(40),
					new StageEvidence(null, scores.trust(), scores.uncertainty(), 0.0, 0,
							Map.of(Party.SUPPLIER, 0, Party.CLIENT, 0), 0, null, 0, DissolutionReason.MARKET_CHANGE)))
			.expectResultMessagePayload(
					result(4, Stage.DISSOLUTION, RelationalType.PROSPECTING, scores.trust(), scores.uncertainty(), 0.0,
							false, step(Stage.EXPLORATION, Stage.DISSOLUTION, "dissolved", day(40))));
	}

	@Test
	void recordsTheWholeDaysSinceExpansionWhenAnExpandedRelationshipDissolves() {
		Instant at = day(50).plus(Duration.ofHours(23));

		this.fixture.given(expandingSince(day(10), 0.6, 0.4))
			.when(dissolution(at))
			.expectEvents(dissolved(at, Stage.EXPANSION),
					advanced(Stage.EXPANSION, Stage.DISSOLUTION, StageRule.DISSOLVED, at,
							new StageEvidence(null, 0.6, 0.4, 0.0, 3, Map.of(Party.SUPPLIER, 0, Party.CLIENT, 0), 0,
									40L, 0, DissolutionReason.MARKET_CHANGE)));
	}

	static Stream<Object> everyCommand() {
		return Stream.of(openRelationship(), interaction("n-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(1)),
				interaction("m-9", InteractionKind.COMMUNICATION, Outcome.POSITIVE, day(50)),
				adaptation("a-9", Party.CLIENT, Magnitude.LOW, day(50)), assessment("as-9", day(50), 3.0, 1.0),
				classification(RelationalType.NO_RELATIONSHIP, day(50)), dissolution(day(50)));
	}

	@ParameterizedTest
	@MethodSource("everyCommand")
	void cannotCommandADissolvedRelationship(Object command) {
		this.fixture
			.given(plus(exploringRelationship(), dissolved(day(40), Stage.EXPLORATION),
					advanced(Stage.EXPLORATION, Stage.DISSOLUTION, StageRule.DISSOLVED, day(40), null)))
			.when(command)
			.expectNoEvents()
			.expectException(RelationshipDissolvedException.class)
			.expectExceptionMessage(containsString("dissolved at 2025-02-15T09:00:00Z"));
	}

	// Unknown relationships

	@Test
	void cannotRecordAnInteractionOnAnUnknownRelationship() {
		this.fixture.givenNoPriorActivity()
			.when(interaction("m-1", InteractionKind.COMMUNICATION, Outcome.POSITIVE, day(1)))
			.expectNoEvents()
			.expectException(AggregateNotFoundException.class);
	}

	// Idempotency

	@Test
	void answersTheSameWhenTheSameInteractionComesAgain() {
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.TRANSACTION,
				Outcome.POSITIVE);
		RecordInteractionCommand first = interaction("t-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, day(1));
		RecordInteractionCommand retry = new RecordInteractionCommand(RELATIONSHIP_ID, "t-1",
				InteractionKind.TRANSACTION, Outcome.POSITIVE, day(1), new MonetaryValue(new BigDecimal("1200"), "EUR"),
				null, Party.CLIENT);

		this.fixture
			.given(opened(), recorded(first, scores),
					advanced(Stage.AWARENESS, Stage.EXPLORATION, StageRule.FIRST_MONETARY_EXCHANGE, day(1), null),
					recorded(interaction("m-1", InteractionKind.COMMUNICATION, Outcome.POSITIVE, day(5)), 0.5, 0.5))
			.when(retry)
			.expectNoEvents()
			.expectResultMessagePayload(
					result(2, Stage.EXPLORATION, RelationalType.PROSPECTING, scores.trust(), scores.uncertainty(), 0.0,
							false, step(Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", day(1))));
	}

	@Test
	void cannotReuseAnInteractionIdWithOtherContent() {
		this.fixture.given(exploringRelationship())
			.when(interaction("n-1", InteractionKind.NEGOTIATION, Outcome.NEGATIVE, day(1)))
			.expectNoEvents()
			.expectException(IdReusedException.class)
			.expectExceptionMessage(containsString("interactionId n-1"));
	}

	@Test
	void answersTheSameWhenTheSameAdaptationComesAgain() {
		var adaptation = adaptation("a-1", Party.SUPPLIER, Magnitude.HIGH, day(2));
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.NEGOTIATION,
				Outcome.POSITIVE);

		this.fixture.given(plus(exploringRelationship(), adapted(adaptation, 0.35)))
			.when(adaptation)
			.expectNoEvents()
			.expectResultMessagePayload(result(3, Stage.EXPLORATION, RelationalType.PROSPECTING, scores.trust(),
					scores.uncertainty(), 0.35, false));
	}

	@Test
	void cannotReuseAnAdaptationIdWithOtherContent() {
		this.fixture
			.given(plus(exploringRelationship(),
					adapted(adaptation("a-1", Party.SUPPLIER, Magnitude.HIGH, day(2)), 0.35)))
			.when(adaptation("a-1", Party.CLIENT, Magnitude.HIGH, day(2)))
			.expectNoEvents()
			.expectException(IdReusedException.class);
	}

	@Test
	void answersTheSameWhenTheSameAssessmentComesAgainAndRefusesOtherScores() {
		AssessRelationshipCommand assessment = assessment("as-1", day(2), 4.0, 1.0);
		var assessed = new RelationshipAssessedEvent(RELATIONSHIP_ID, "as-1", day(2), assessment.benefits(),
				assessment.negatives(), assessment.perspectives(), 3.0, Exchange.RELATIONAL, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);

		this.fixture.given(opened(), assessed)
			.when(assessment)
			.expectNoEvents()
			.expectResultMessagePayload(result(1, Stage.AWARENESS, RelationalType.PROSPECTING, 0.3, 1.0, 0.0, false));
		this.fixture.given(opened(), assessed)
			.when(assessment("as-1", day(2), 4.0, 1.5))
			.expectNoEvents()
			.expectException(IdReusedException.class);
	}

	// Business time

	@Test
	void cannotRecordAnInteractionBeforeTheLatestRecordedTime() {
		this.fixture.given(plus(exploringRelationship(), assessedOn(day(5))))
			.when(interaction("m-1", InteractionKind.COMMUNICATION, Outcome.POSITIVE, day(4)))
			.expectNoEvents()
			.expectException(OccurredBeforeLatestException.class)
			.expectExceptionMessage(
					containsString("occurredAt 2025-01-10T09:00:00Z is earlier than 2025-01-11T09:00:00Z"));
	}

	@Test
	void canRecordAnInteractionAtTheLatestRecordedTime() {
		RecordInteractionCommand communication = interaction("m-1", InteractionKind.COMMUNICATION, Outcome.NEUTRAL,
				day(5));

		this.fixture.given(plus(exploringRelationship(), assessedOn(day(5))))
			.when(communication)
			.expectEvents(recorded(communication,
					TrustModel.afterInteraction(TrustModel.afterInteraction(TrustModel.INITIAL,
							InteractionKind.NEGOTIATION, Outcome.POSITIVE), InteractionKind.COMMUNICATION,
							Outcome.NEUTRAL)));
	}

	static Stream<Object> everyTimedCommand() {
		return Stream.of(interaction("m-9", InteractionKind.COMMUNICATION, Outcome.POSITIVE, day(0)),
				adaptation("a-9", Party.CLIENT, Magnitude.LOW, day(0)), assessment("as-9", day(0), 3.0, 1.0),
				classification(RelationalType.NO_RELATIONSHIP, day(0)), dissolution(day(0)));
	}

	@ParameterizedTest
	@MethodSource("everyTimedCommand")
	void cannotGoBackBeforeTheLatestRecordedTime(Object command) {
		this.fixture.given(exploringRelationship())
			.when(command)
			.expectNoEvents()
			.expectException(OccurredBeforeLatestException.class);
	}

	@ParameterizedTest
	@CsvSource({ "300, true", "301, false" })
	void acceptsInteractionsUpToFiveMinutesAhead(long secondsAhead, boolean accepted) {
		Instant now = day(10);
		RecordInteractionCommand communication = interaction("m-1", InteractionKind.COMMUNICATION, Outcome.NEUTRAL,
				now.plusSeconds(secondsAhead));

		var then = this.fixture.given(exploringRelationship()).andGivenCurrentTime(now).when(communication);

		if (accepted) {
			then.expectSuccessfulHandlerExecution();
		}
		else {
			then.expectNoEvents()
				.expectException(OccurredInFutureException.class)
				.expectExceptionMessage(containsString("is later than 2025-01-16T09:05:00Z"));
		}
	}

	private static List<Object> conflictsOn(Instant first, Instant second) {
		return List.of(opened(),
				recorded(interaction("c-1", InteractionKind.CONFLICT, Outcome.NEUTRAL, first), 0.3, 1.0),
				recorded(interaction("c-2", InteractionKind.CONFLICT, Outcome.NEUTRAL, second), 0.3, 0.5));
	}

	/**
	 * In EXPANSION since day 10 at trust 0.5, at risk since three conflicts on days 11 to
	 * 13.
	 */
	private static List<Object> conflictBurstInExpansion() {
		return plus(expandingSince(day(10), 0.5, 0.4),
				recorded(interaction("c-1", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(11)), 0.5, 0.4),
				recorded(interaction("c-2", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(12)), 0.5, 0.4),
				recorded(interaction("c-3", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(13)), 0.5, 0.4),
				atRisk(day(13), "c-3", 0.5, 3, RiskRule.CONFLICT_BURST));
	}

	private static RelationshipAssessedEvent assessedOn(Instant assessedAt) {
		AssessRelationshipCommand assessment = assessment("as-1", assessedAt, 3.0, 3.0);
		return new RelationshipAssessedEvent(RELATIONSHIP_ID, "as-1", assessedAt, assessment.benefits(),
				assessment.negatives(), assessment.perspectives(), 0.0, Exchange.TRANSACTIONAL,
				ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY);
	}

	private static StageStep step(Stage from, Stage to, String rule, Instant at) {
		return new StageStep(from, to, rule, at);
	}

	private static RelationshipCommandResult result(long version, Stage stage, RelationalType type, double trust,
			double uncertainty, double switchingCost, boolean atRisk, StageStep... steps) {
		return new RelationshipCommandResult(RELATIONSHIP_ID, version, stage, type, trust, uncertainty, switchingCost,
				atRisk, List.of(steps));
	}

}
