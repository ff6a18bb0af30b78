package io.dyad.query.analytics;

import java.time.Instant;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.query.analytics.AnalyticsRow.Assessment;
import io.dyad.query.analytics.AnalyticsRow.Dissolution;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

import org.springframework.stereotype.Component;

/**
 * Portfolio analytics: keeps one analytics row per relationship and answers each table
 * with one pass over the rows held in memory. Each handler applies its event once, keyed
 * by the event's sequence number; events that change no figure (adaptations) are not
 * handled.
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
class AnalyticsProjection {

	static final String PROCESSING_GROUP = "analytics";

	private final AnalyticsRows rows;

	AnalyticsProjection(AnalyticsRows rows) {
		this.rows = rows;
	}

	@EventHandler
	void on(RelationshipOpenedEvent event, @SequenceNumber long sequence) {
		this.rows.open(AnalyticsRow.opened(event.relationshipId(), sequence, event.supplier().id(), event.client().id(),
				event.tags(), event.openedAt(), event.stage(), event.relationalType(), event.trust(),
				event.uncertainty()));
	}

	@EventHandler
	void on(InteractionRecordedEvent event, @SequenceNumber long sequence) {
		this.rows.update(event.relationshipId(), sequence,
				(row) -> row.interacted(sequence, event.trust(), event.uncertainty()));
	}

	@EventHandler
	void on(StageAdvancedEvent event, @SequenceNumber long sequence) {
		this.rows.update(event.relationshipId(), sequence, (row) -> row.advanced(sequence, event.to(), event.at()));
	}

	@EventHandler
	void on(RelationshipClassifiedEvent event, @SequenceNumber long sequence) {
		this.rows.update(event.relationshipId(), sequence,
				(row) -> row.classified(sequence, event.relationalType(), event.classifiedAt()));
	}

	@EventHandler
	void on(RelationshipAtRiskEvent event, @SequenceNumber long sequence) {
		this.rows.update(event.relationshipId(), sequence,
				(row) -> row.raisedRisk(sequence, event.rules(), event.at()));
	}

	@EventHandler
	void on(RiskClearedEvent event, @SequenceNumber long sequence) {
		this.rows.update(event.relationshipId(), sequence, (row) -> row.clearedRisk(sequence));
	}

	@EventHandler
	void on(RelationshipDissolvedEvent event, @SequenceNumber long sequence) {
		Dissolution dissolution = new Dissolution(event.reason(), event.initiatedBy(), event.occurredAt(),
				event.stage());
		this.rows.update(event.relationshipId(), sequence, (row) -> row.dissolved(sequence, dissolution));
	}

	@EventHandler
	void on(RelationshipAssessedEvent event, @SequenceNumber long sequence) {
		Assessment assessment = new Assessment(event.assessedAt(), event.benefits(), event.negatives(),
				event.perspectives(), event.netBenefit(), event.recommendedExchange());
		this.rows.update(event.relationshipId(), sequence, (row) -> row.assessed(sequence, assessment));
	}

	@ResetHandler
	void reset() {
		this.rows.clear();
	}

	StageCounts stageCounts(AnalyticsFilter filter, Instant asOf) {
		return this.rows.read((columns) -> StageCounts.of(columns, filter, asOf));
	}

	StageFunnel funnel(AnalyticsFilter filter) {
		return this.rows.read((columns) -> StageFunnel.of(columns, filter));
	}

	TimeInStage timeInStage(AnalyticsFilter filter) {
		return this.rows.read((columns) -> TimeInStage.of(columns, filter));
	}

	TrustByStage trustByStage(AnalyticsFilter filter) {
		return this.rows.read((columns) -> TrustByStage.of(columns, filter));
	}

	Dissolutions dissolutions(AnalyticsFilter filter) {
		return this.rows.read((columns) -> Dissolutions.of(columns, filter));
	}

	AtRisk atRisk(AnalyticsFilter filter) {
		return this.rows.read((columns) -> AtRisk.of(columns, filter));
	}

	RiskRaises riskRaises(AnalyticsFilter filter) {
		return this.rows.read((columns) -> RiskRaises.of(columns, filter));
	}

	AssessmentSummary assessments(AnalyticsFilter filter) {
		return this.rows.read((columns) -> AssessmentSummary.of(columns, filter));
	}

}
