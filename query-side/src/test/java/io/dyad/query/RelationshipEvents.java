package io.dyad.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.ResourcesAdaptedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.value.DissolutionInitiator;
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
import io.dyad.api.value.Resource;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;

/**
 * Object mother for the events the command side records, with the trust model's values.
 */
public final class RelationshipEvents {

	public static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private RelationshipEvents() {
	}

	public static RelationshipOpenedEvent opened(String relationshipId) {
		return opened(relationshipId, "acme", "globex", OPENED_AT);
	}

	public static RelationshipOpenedEvent opened(String relationshipId, String supplierId, String clientId,
			Instant openedAt) {
		return new RelationshipOpenedEvent(relationshipId, new Organisation(supplierId, supplierId + " Ltd"),
				new Organisation(clientId, clientId + " Inc"), RelationalType.PROSPECTING, List.of("key-account"),
				openedAt, Stage.AWARENESS, 0.30, 1.00, 0.0, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY);
	}

	public static InteractionRecordedEvent interaction(String relationshipId, String interactionId,
			InteractionKind kind, Outcome outcome, Instant occurredAt, double trust, double uncertainty) {
		MonetaryValue value = (kind == InteractionKind.TRANSACTION)
				? new MonetaryValue(new BigDecimal("1200.00"), "EUR") : null;
		return new InteractionRecordedEvent(relationshipId, interactionId, kind, outcome, occurredAt, value, null,
				Party.CLIENT, weight(kind), trust, uncertainty, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY);
	}

	public static StageAdvancedEvent advanced(String relationshipId, Stage from, Stage to, String rule, Instant at,
			String triggeredBy, double trust, double uncertainty) {
		StageEvidence evidence = new StageEvidence(triggeredBy, trust, uncertainty, 0.0, 1,
				Map.of(Party.SUPPLIER, 0, Party.CLIENT, 0), 0, null, 0,
				(to == Stage.DISSOLUTION) ? DissolutionReason.MARKET_CHANGE : null);
		return new StageAdvancedEvent(relationshipId, from, to, rule, at, evidence, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	public static ResourcesAdaptedEvent adapted(String relationshipId, String adaptationId, Party party,
			Instant occurredAt, double switchingCost) {
		return new ResourcesAdaptedEvent(relationshipId, adaptationId, party, Resource.PROCESS, Magnitude.MEDIUM, null,
				"shared forecasting", List.of(), occurredAt, switchingCost, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	public static RelationshipAssessedEvent assessed(String relationshipId, String assessmentId, Instant assessedAt) {
		return new RelationshipAssessedEvent(relationshipId, assessmentId, assessedAt, Map.of(), Map.of(), Map.of(),
				1.5, Exchange.RELATIONAL, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY);
	}

	public static RelationshipClassifiedEvent classified(String relationshipId, RelationalType from, RelationalType to,
			Instant classifiedAt) {
		return new RelationshipClassifiedEvent(relationshipId, from, to, "volume doubled", classifiedAt);
	}

	public static RelationshipAtRiskEvent atRisk(String relationshipId, Instant at, String triggeredBy,
			List<String> rules) {
		return new RelationshipAtRiskEvent(relationshipId, rules, at, triggeredBy, 0.2, 3, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	public static RiskClearedEvent riskCleared(String relationshipId, Instant at, String triggeredBy) {
		return new RiskClearedEvent(relationshipId, at, triggeredBy, 0.4, 0, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	public static RelationshipDissolvedEvent dissolved(String relationshipId, Stage stage, Instant occurredAt) {
		return new RelationshipDissolvedEvent(relationshipId, DissolutionReason.MARKET_CHANGE,
				DissolutionInitiator.CLIENT, occurredAt, "moved production abroad", stage);
	}

	private static double weight(InteractionKind kind) {
		return switch (kind) {
			case COMMUNICATION, SOCIAL -> 0.5;
			case NEGOTIATION -> 0.75;
			case TRANSACTION, COORDINATION -> 1.0;
			case JOINT_PROBLEM_SOLVING, CONFLICT -> 1.5;
		};
	}

}
