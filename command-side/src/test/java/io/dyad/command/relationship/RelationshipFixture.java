package io.dyad.command.relationship;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.command.AdaptResourcesCommand;
import io.dyad.api.command.AssessRelationshipCommand;
import io.dyad.api.command.ClassifyRelationshipCommand;
import io.dyad.api.command.DissolveCommand;
import io.dyad.api.command.OpenRelationshipCommand;
import io.dyad.api.command.RecordInteractionCommand;
import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.ResourcesAdaptedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Resource;
import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.api.value.StageRule;

/** Object mother for relationships, their commands and their histories. */
final class RelationshipFixture {

	static final String RELATIONSHIP_ID = "acme-globex";

	static final Organisation SUPPLIER = new Organisation("acme", "Acme Ltd");

	static final Organisation CLIENT = new Organisation("globex", "Globex");

	static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	static final MonetaryValue ORDER = new MonetaryValue(new BigDecimal("1200.00"), "EUR");

	private RelationshipFixture() {
	}

	static Instant day(long days) {
		return OPENED_AT.plus(Duration.ofDays(days));
	}

	static OpenRelationshipCommand openRelationship() {
		return new OpenRelationshipCommand(RELATIONSHIP_ID, SUPPLIER, CLIENT, null, OPENED_AT, List.of("key-account"));
	}

	static RelationshipOpenedEvent opened() {
		return new RelationshipOpenedEvent(RELATIONSHIP_ID, SUPPLIER, CLIENT, RelationalType.PROSPECTING,
				List.of("key-account"), OPENED_AT, Stage.AWARENESS, 0.30, 1.00, 0.0, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	/** A TRANSACTION carries the standard order; other kinds carry no money. */
	static RecordInteractionCommand interaction(String interactionId, InteractionKind kind, Outcome outcome,
			Instant occurredAt) {
		MonetaryValue money = (kind == InteractionKind.TRANSACTION) ? ORDER : null;
		return new RecordInteractionCommand(RELATIONSHIP_ID, interactionId, kind, outcome, occurredAt, money, null,
				Party.CLIENT);
	}

	/** The event the command records when the trust model moves the scores to these. */
	static InteractionRecordedEvent recorded(RecordInteractionCommand command, double trust, double uncertainty) {
		return new InteractionRecordedEvent(RELATIONSHIP_ID, command.interactionId(), command.kind(), command.outcome(),
				command.occurredAt(), command.monetaryValue(), command.summary(), command.initiatedBy(),
				TrustModel.weight(command.kind()), trust, uncertainty, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	static InteractionRecordedEvent recorded(RecordInteractionCommand command, TrustScores scores) {
		return recorded(command, scores.trust(), scores.uncertainty());
	}

	static AdaptResourcesCommand adaptation(String adaptationId, Party party, Magnitude magnitude, Instant occurredAt) {
		return new AdaptResourcesCommand(RELATIONSHIP_ID, adaptationId, party, Resource.PROCESS, magnitude,
				new MonetaryValue(new BigDecimal("5000"), "EUR"), "joint delivery schedule", List.of("carrier"),
				occurredAt);
	}

	static ResourcesAdaptedEvent adapted(AdaptResourcesCommand command, double switchingCost) {
		return new ResourcesAdaptedEvent(RELATIONSHIP_ID, command.adaptationId(), command.adaptingParty(),
				command.resource(), command.magnitude(), command.investment(), command.description(),
				command.networkActors(), command.occurredAt(), switchingCost, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	/** Every benefit scored {@code benefit}, every negative {@code negative}. */
	static AssessRelationshipCommand assessment(String assessmentId, Instant assessedAt, double benefit,
			double negative) {
		return new AssessRelationshipCommand(RELATIONSHIP_ID, assessmentId, assessedAt, scores(Benefit.class, benefit),
				scores(Negative.class, negative), scores(Perspective.class, 3.0));
	}

	static ClassifyRelationshipCommand classification(RelationalType type, Instant classifiedAt) {
		return new ClassifyRelationshipCommand(RELATIONSHIP_ID, type, "orders every month", classifiedAt);
	}

	static DissolveCommand dissolution(Instant occurredAt) {
		return new DissolveCommand(RELATIONSHIP_ID, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT,
				occurredAt, "moved to a new market");
	}

	static StageAdvancedEvent advanced(Stage from, Stage to, StageRule rule, Instant at, StageEvidence evidence) {
		return new StageAdvancedEvent(RELATIONSHIP_ID, from, to, rule.code(), at, evidence, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	static StageEvidence evidence(String triggeredBy, double trust, double uncertainty, double switchingCost,
			int transactions, int bySupplier, int byClient, int positiveJointProblemSolving, Long daysSinceExpansion,
			int conflicts) {
		return new StageEvidence(triggeredBy, trust, uncertainty, switchingCost, transactions,
				Map.of(Party.SUPPLIER, bySupplier, Party.CLIENT, byClient), positiveJointProblemSolving,
				daysSinceExpansion, conflicts, null);
	}

	static RelationshipAtRiskEvent atRisk(Instant at, String triggeredBy, double trust, int conflicts,
			RiskRule... rules) {
		return new RelationshipAtRiskEvent(RELATIONSHIP_ID, List.of(rules).stream().map(RiskRule::code).toList(), at,
				triggeredBy, trust, conflicts, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY);
	}

	static RelationshipDissolvedEvent dissolved(Instant at, Stage stage) {
		DissolveCommand command = dissolution(at);
		return new RelationshipDissolvedEvent(RELATIONSHIP_ID, command.reason(), command.initiatedBy(), at,
				command.note(), stage);
	}

	/** Opened on day 0, a positive NEGOTIATION on day 1 moved it to EXPLORATION. */
	static List<Object> exploringRelationship() {
		RecordInteractionCommand negotiation = interaction("n-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE,
				day(1));
		TrustScores scores = TrustModel.afterInteraction(TrustModel.INITIAL, InteractionKind.NEGOTIATION,
				Outcome.POSITIVE);
		return List.of(opened(), recorded(negotiation, scores),
				advanced(Stage.AWARENESS, Stage.EXPLORATION, StageRule.FIRST_BARGAINING, day(1),
						evidence("n-1", scores.trust(), scores.uncertainty(), 0.0, 0, 0, 0, 0, null, 0)));
	}

	/**
	 * Exploring, with transactions on days 2, 3, ... that left trust and uncertainty at
	 * the given scores.
	 */
	static List<Object> exploringWithTransactions(int transactions, double trust, double uncertainty) {
		List<Object> history = new ArrayList<>(exploringRelationship());
		for (int n = 1; n <= transactions; n++) {
			history.add(recorded(interaction("t-" + n, InteractionKind.TRANSACTION, Outcome.POSITIVE, day(1 + n)),
					trust, uncertainty));
		}
		return history;
	}

	/**
	 * Three transactions, the last on {@code expansionBegan}, moved it into EXPANSION at
	 * the given scores.
	 */
	static List<Object> expandingSince(Instant expansionBegan, double trust, double uncertainty) {
		List<Object> history = new ArrayList<>(exploringWithTransactions(2, 0.45, 0.6));
		history.add(recorded(interaction("t-3", InteractionKind.TRANSACTION, Outcome.POSITIVE, expansionBegan), trust,
				uncertainty));
		history.add(advanced(Stage.EXPLORATION, Stage.EXPANSION, StageRule.REPEATED_TRANSACTIONS, expansionBegan,
				evidence("t-3", trust, uncertainty, 0.0, 3, 0, 0, 0, null, 0)));
		return history;
	}

	/**
	 * In EXPANSION since day 10 at high trust, with a positive joint problem solving and
	 * an adaptation by the supplier: only the client's adaptation and time are missing
	 * for COMMITMENT.
	 */
	static List<Object> nearlyCommitted(double trust, double uncertainty) {
		List<Object> history = new ArrayList<>(expandingSince(day(10), trust, uncertainty));
		history.add(recorded(interaction("jps-1", InteractionKind.JOINT_PROBLEM_SOLVING, Outcome.POSITIVE, day(20)),
				trust, uncertainty));
		history.add(adapted(adaptation("a-1", Party.SUPPLIER, Magnitude.MEDIUM, day(30)), 0.2));
		return history;
	}

	static List<Object> plus(List<Object> history, Object... events) {
		List<Object> longer = new ArrayList<>(history);
		longer.addAll(List.of(events));
		return longer;
	}

	private static <K extends Enum<K>> Map<K, Double> scores(Class<K> items, double score) {
		Map<K, Double> scores = new EnumMap<>(items);
		for (K item : items.getEnumConstants()) {
			scores.put(item, score);
		}
		return scores;
	}

}
