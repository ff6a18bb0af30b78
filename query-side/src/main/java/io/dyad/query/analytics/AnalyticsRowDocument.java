package io.dyad.query.analytics;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.query.analytics.AnalyticsRow.Assessment;
import io.dyad.query.analytics.AnalyticsRow.Dissolution;
import io.dyad.query.analytics.AnalyticsRow.RiskRaise;
import io.dyad.query.analytics.AnalyticsRow.StageEntry;
import io.dyad.query.analytics.AnalyticsRow.TypeChange;
import io.dyad.query.store.StoredInstant;
import org.bson.Document;

/** The layout of an analytics row in MongoDB. */
final class AnalyticsRowDocument {

	static final String VERSION = "version";

	private AnalyticsRowDocument() {
	}

	static Document write(AnalyticsRow row) {
		Dissolution dissolution = row.dissolution();
		return new Document("_id", row.relationshipId()).append(VERSION, row.version())
			.append("supplierId", row.supplierId())
			.append("clientId", row.clientId())
			.append("tags", row.tags())
			.append("openedAt", StoredInstant.write(row.openedAt()))
			.append("stages",
					row.stages()
						.stream()
						.map((entry) -> new Document("stage", entry.stage().name()).append("enteredAt",
								StoredInstant.write(entry.enteredAt())))
						.toList())
			.append("types",
					row.types()
						.stream()
						.map((change) -> new Document("type", change.type().name()).append("at",
								StoredInstant.write(change.at())))
						.toList())
			.append("trust", row.trust())
			.append("uncertainty", row.uncertainty())
			.append("riskRules", row.riskRules())
			.append("riskRaises", row.riskRaises()
				.stream()
				.map((raise) -> new Document("at", StoredInstant.write(raise.at())).append("rules", raise.rules()))
				.toList())
			.append("dissolution",
					(dissolution != null) ? new Document("reason", dissolution.reason().name())
						.append("initiatedBy", dissolution.initiatedBy().name())
						.append("occurredAt", StoredInstant.write(dissolution.occurredAt()))
						.append("stage", dissolution.stage().name()) : null)
			.append("assessments", row.assessments().stream().map(AnalyticsRowDocument::assessment).toList());
	}

	static AnalyticsRow read(Document document) {
		Document dissolution = document.get("dissolution", Document.class);
		return new AnalyticsRow(document.getString("_id"), document.getLong(VERSION), document.getString("supplierId"),
				document.getString("clientId"), document.getList("tags", String.class),
				StoredInstant.read(document.getString("openedAt")),
				document.getList("stages", Document.class)
					.stream()
					.map((entry) -> new StageEntry(Stage.valueOf(entry.getString("stage")),
							StoredInstant.read(entry.getString("enteredAt"))))
					.toList(),
				document.getList("types", Document.class)
					.stream()
					.map((change) -> new TypeChange(RelationalType.valueOf(change.getString("type")),
							StoredInstant.read(change.getString("at"))))
					.toList(),
				document.getDouble("trust"), document.getDouble("uncertainty"),
				document.getList("riskRules", String.class),
				document.getList("riskRaises", Document.class)
					.stream()
					.map((raise) -> new RiskRaise(StoredInstant.read(raise.getString("at")),
							raise.getList("rules", String.class)))
					.toList(),
				(dissolution != null) ? new Dissolution(DissolutionReason.valueOf(dissolution.getString("reason")),
						DissolutionInitiator.valueOf(dissolution.getString("initiatedBy")),
						StoredInstant.read(dissolution.getString("occurredAt")),
						Stage.valueOf(dissolution.getString("stage"))) : null,
				document.getList("assessments", Document.class)
					.stream()
					.map(AnalyticsRowDocument::toAssessment)
					.toList());
	}

	private static Document assessment(Assessment assessment) {
		return new Document("assessedAt", StoredInstant.write(assessment.assessedAt()))
			.append("benefits", scores(assessment.benefits()))
			.append("negatives", scores(assessment.negatives()))
			.append("perspectives", scores(assessment.perspectives()))
			.append("netBenefit", assessment.netBenefit())
			.append("recommendedExchange", assessment.recommendedExchange().name());
	}

	private static Assessment toAssessment(Document assessment) {
		return new Assessment(StoredInstant.read(assessment.getString("assessedAt")),
				toScores(assessment.get("benefits", Document.class), Benefit.class, Benefit::valueOf),
				toScores(assessment.get("negatives", Document.class), Negative.class, Negative::valueOf),
				toScores(assessment.get("perspectives", Document.class), Perspective.class, Perspective::valueOf),
				assessment.getDouble("netBenefit"), Exchange.valueOf(assessment.getString("recommendedExchange")));
	}

	private static Document scores(Map<? extends Enum<?>, Double> scores) {
		Document document = new Document();
		scores.forEach((kind, score) -> document.put(kind.name(), score));
		return document;
	}

	private static <K extends Enum<K>> Map<K, Double> toScores(Document document, Class<K> kinds,
			Function<String, K> kind) {
		Map<K, Double> scores = new EnumMap<>(kinds);
		document.forEach((name, score) -> scores.put(kind.apply(name), ((Number) score).doubleValue()));
		return scores;
	}

}
