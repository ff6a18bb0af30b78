package io.dyad.standalone.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.ResourcesAdaptedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Resource;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;

/**
 * Events of one relationship with the values the command side records, for the audit
 * tests to store.
 */
final class History {

	static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private final String relationshipId;

	History(String relationshipId) {
		this.relationshipId = relationshipId;
	}

	RelationshipOpenedEvent opened() {
		return new RelationshipOpenedEvent(this.relationshipId, new Organisation("acme", "Acme Ltd"),
				new Organisation("globex", "Globex"), RelationalType.PROSPECTING, List.of(), OPENED_AT, Stage.AWARENESS,
				0.30, 1.00, 0.0, "trust-v1", "stage-v1");
	}

	/** A positive transaction, moving trust and uncertainty to the values given. */
	InteractionRecordedEvent transaction(String interactionId, Instant at, double trust, double uncertainty) {
		return new InteractionRecordedEvent(this.relationshipId, interactionId, InteractionKind.TRANSACTION,
				Outcome.POSITIVE, at, new MonetaryValue(new BigDecimal("1200.00"), "EUR"), "order", Party.CLIENT, 1.0,
				trust, uncertainty, "trust-v1", "stage-v1");
	}

	InteractionRecordedEvent conflict(String interactionId, Instant at, double trust, double uncertainty) {
		return new InteractionRecordedEvent(this.relationshipId, interactionId, InteractionKind.CONFLICT,
				Outcome.NEGATIVE, at, null, "late delivery", Party.CLIENT, 1.5, trust, uncertainty, "trust-v1",
				"stage-v1");
	}

	StageAdvancedEvent advanced(Stage from, Stage to, String rule, String triggeredBy, Instant at, double trust,
			double uncertainty) {
		StageEvidence evidence = new StageEvidence(triggeredBy, trust, uncertainty, 0.0, 1,
				Map.of(Party.SUPPLIER, 0, Party.CLIENT, 0), 0, null, 0, null);
		return new StageAdvancedEvent(this.relationshipId, from, to, rule, at, evidence, "trust-v1", "stage-v1");
	}

	ResourcesAdaptedEvent adapted(String adaptationId, Instant at, double switchingCost) {
		return new ResourcesAdaptedEvent(this.relationshipId, adaptationId, Party.SUPPLIER, Resource.LOGISTICS,
				Magnitude.MEDIUM, null, "shared warehouse", List.of("carrier"), at, switchingCost, "trust-v1",
				"stage-v1");
	}

	RelationshipClassifiedEvent classified(RelationalType from, RelationalType to, Instant at) {
		return new RelationshipClassifiedEvent(this.relationshipId, from, to, "orders grew", at);
	}

	RelationshipAtRiskEvent atRisk(List<String> rules, String triggeredBy, Instant at, double trust) {
		return new RelationshipAtRiskEvent(this.relationshipId, rules, at, triggeredBy, trust, 3, "trust-v1",
				"stage-v1");
	}

}
