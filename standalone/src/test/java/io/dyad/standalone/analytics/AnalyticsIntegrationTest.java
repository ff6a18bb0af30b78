package io.dyad.standalone.analytics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.standalone.query.QueryIntegrationTest;

/**
 * Analytics span every relationship in the shared application, so each test opens its
 * relationships under a supplier of its own and asks about that supplier only.
 */
abstract class AnalyticsIntegrationTest extends QueryIntegrationTest {

	static final String ANALYTICS = "/api/v1/analytics";

	static String uniqueSupplier() {
		return "supplier-" + UUID.randomUUID();
	}

	History open(String supplierId) {
		return openRelationship(supplierId, "client-" + UUID.randomUUID(), List.of(), OPENED_AT);
	}

	/** Steps on from the current stage, staying the given days in each stage. */
	static History stays(History history, Stage from, int... days) {
		Stage stage = from;
		int day = 0;
		for (int stay : days) {
			day += stay;
			Stage next = Stage.values()[stage.ordinal() + 1];
			history.advanced(stage, next, "rule", day(day), "i-" + day, 0.5, 0.5);
			stage = next;
		}
		return history;
	}

	static History dissolve(History history, Stage from, DissolutionReason reason, DissolutionInitiator initiator,
			Instant at) {
		return history
			.append(new RelationshipDissolvedEvent(history.relationshipId, reason, initiator, at, "over", from))
			.advanced(from, Stage.DISSOLUTION, "dissolved", at, null, 0.3, 0.9);
	}

	static History classify(History history, RelationalType from, RelationalType to, Instant at) {
		return history.append(new RelationshipClassifiedEvent(history.relationshipId, from, to, "grew", at));
	}

	static History raiseRisk(History history, Instant at, String... rules) {
		return history.append(new RelationshipAtRiskEvent(history.relationshipId, List.of(rules), at, "c-1", 0.2, 3,
				ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
	}

	static History clearRisk(History history, Instant at) {
		return history.append(new RiskClearedEvent(history.relationshipId, at, "i-9", 0.5, 0, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY));
	}

	/**
	 * Benefits scored in order from the first score given, negatives and perspectives
	 * alike.
	 */
	static History assess(History history, String assessmentId, Instant at, double[] benefitScores,
			double[] negativeScores, double[] perspectiveScores) {
		Map<Benefit, Double> benefits = new EnumMap<>(Benefit.class);
		for (Benefit kind : Benefit.values()) {
			benefits.put(kind, benefitScores[kind.ordinal()]);
		}
		Map<Negative, Double> negatives = new EnumMap<>(Negative.class);
		for (Negative kind : Negative.values()) {
			negatives.put(kind, negativeScores[kind.ordinal()]);
		}
		Map<Perspective, Double> perspectives = new EnumMap<>(Perspective.class);
		for (Perspective kind : Perspective.values()) {
			perspectives.put(kind, perspectiveScores[kind.ordinal()]);
		}
		double net = mean(benefitScores) - mean(negativeScores);
		return history.append(new RelationshipAssessedEvent(history.relationshipId, assessmentId, at, benefits,
				negatives, perspectives, net, (net > 0) ? Exchange.RELATIONAL : Exchange.TRANSACTIONAL,
				ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
	}

	static double mean(double... values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** The nearest-rank percentile, as the analytics define it: rank ceil(p/100 * n). */
	static long nearestRank(List<Long> values, int percent) {
		List<Long> sorted = values.stream().sorted().toList();
		int rank = (percent * sorted.size() + 99) / 100;
		return sorted.get(Math.max(rank, 1) - 1);
	}

}
