package io.dyad.query.audit;

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
import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Resource;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;

/** Events of relationship "r-1" carrying the values a test chooses. */
final class RelationshipEvents {

	static final String ID = "r-1";

	private RelationshipEvents() {
	}

	static RelationshipOpenedEvent opened(Instant at) {
		return new RelationshipOpenedEvent(ID, new Organisation("acme", "Acme Ltd"),
				new Organisation("globex", "Globex"), RelationalType.PROSPECTING, List.of(), at, Stage.AWARENESS, 0.30,
				1.00, 0.0, "trust-v1", "stage-v1");
	}

	static InteractionRecordedEvent interaction(InteractionKind kind, Instant at, double trust, double uncertainty) {
		MonetaryValue value = (kind == InteractionKind.TRANSACTION) ? new MonetaryValue(BigDecimal.TEN, "EUR") : null;
		return new InteractionRecordedEvent(ID, "i-" + at.getEpochSecond(), kind, Outcome.POSITIVE, at, value, null,
				Party.CLIENT, 1.0, trust, uncertainty, "trust-v1", "stage-v1");
	}

	static ResourcesAdaptedEvent adapted(Instant at, double switchingCost) {
		return new ResourcesAdaptedEvent(ID, "a-" + at.getEpochSecond(), Party.SUPPLIER, Resource.PROCESS,
				Magnitude.MEDIUM, null, "new packaging line", List.of(), at, switchingCost, "trust-v1", "stage-v1");
	}

	static RelationshipAssessedEvent assessed(Instant at) {
		return new RelationshipAssessedEvent(ID, "as-" + at.getEpochSecond(), at, Map.of(Benefit.ECONOMIC, 4.0),
				Map.of(Negative.RESTRICTIONS, 1.0), Map.of(Perspective.COST, 3.0), 3.0, Exchange.RELATIONAL, "trust-v1",
				"stage-v1");
	}

	static RelationshipClassifiedEvent classified(RelationalType from, RelationalType to, Instant at) {
		return new RelationshipClassifiedEvent(ID, from, to, "orders grew", at);
	}

	static StageAdvancedEvent advanced(Stage from, Stage to, String rule, Instant at) {
		StageEvidence evidence = new StageEvidence(null, 0.5, 0.5, 0.0, 0, Map.of(Party.SUPPLIER, 0, Party.CLIENT, 0),
				0, null, 0, null);
		return new StageAdvancedEvent(ID, from, to, rule, at, evidence, "trust-v1", "stage-v1");
	}

	static RelationshipDissolvedEvent dissolved(Stage stage, Instant at) {
		return new RelationshipDissolvedEvent(ID, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT, at,
				null, stage);
	}

	static RelationshipAtRiskEvent atRisk(List<String> rules, Instant at) {
		return new RelationshipAtRiskEvent(ID, rules, at, "i-" + at.getEpochSecond(), 0.3, 3, "trust-v1", "stage-v1");
	}

	static RiskClearedEvent riskCleared(Instant at) {
		return new RiskClearedEvent(ID, at, "i-" + at.getEpochSecond(), 0.4, 0, "trust-v1", "stage-v1");
	}

}
