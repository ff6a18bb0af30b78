package io.dyad.query.summary;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import io.dyad.api.value.Stage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Relationships per stage ({@code dyad.relationships}) and at risk
 * ({@code dyad.relationships.at.risk}), counted in the summaries at most once per
 * {@code dyad.metrics.relationship-count-max-age}, however often they are scraped.
 * Dissolved relationships do not count as at risk.
 */
@Component
class RelationshipGauges {

	private final MongoCollection<Document> summaries;

	private final long maxAgeNanos;

	private Counts counts;

	private long countedAt;

	RelationshipGauges(MongoDatabase database, MeterRegistry meters,
			@Value("${dyad.metrics.relationship-count-max-age:10s}") Duration maxAge) {
		this.summaries = database.getCollection(RelationshipSummaries.COLLECTION);
		this.maxAgeNanos = maxAge.toNanos();
		for (Stage stage : Stage.values()) {
			Gauge.builder("dyad.relationships", () -> counts().inStage(stage))
				.tag("stage", stage.name())
				.description("Relationships in the stage, as the relationship summaries show them")
				.register(meters);
		}
		Gauge.builder("dyad.relationships.at.risk", () -> counts().atRisk())
			.description("Relationships not dissolved whose at-risk flag is raised")
			.register(meters);
	}

	private synchronized Counts counts() {
		long now = System.nanoTime();
		if (this.counts == null || now - this.countedAt >= this.maxAgeNanos) {
			this.counts = count();
			this.countedAt = now;
		}
		return this.counts;
	}

	private Counts count() {
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		this.summaries.aggregate(List.of(Aggregates.group("$" + SummaryDocument.STAGE, Accumulators.sum("count", 1L))))
			.forEach((group) -> byStage.put(Stage.valueOf(group.getString("_id")),
					((Number) group.get("count")).longValue()));
		long atRisk = this.summaries.countDocuments(Filters.and(Filters.eq(SummaryDocument.AT_RISK, true),
				Filters.ne(SummaryDocument.STAGE, Stage.DISSOLUTION.name())));
		return new Counts(byStage, atRisk);
	}

	private record Counts(Map<Stage, Long> byStage, long atRisk) {

		long inStage(Stage stage) {
			return this.byStage.getOrDefault(stage, 0L);
		}

	}

}
