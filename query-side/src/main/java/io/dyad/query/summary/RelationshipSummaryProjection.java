package io.dyad.query.summary;

import java.util.List;
import java.util.Optional;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.ResourcesAdaptedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.query.FindRelationshipSummaryQuery;
import io.dyad.api.query.FindRelationshipsQuery;
import io.dyad.api.query.RelationshipPageView;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.query.WatchRelationshipQuery;
import io.dyad.api.value.InteractionKind;
import io.dyad.query.store.StoredInstant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import org.springframework.stereotype.Component;

/**
 * Where each relationship stands now: the summary behind the relationship list. Each
 * handler applies its event once, keyed by the event's sequence number.
 */
@Component
@ProcessingGroup(RelationshipSummaryProjection.PROCESSING_GROUP)
class RelationshipSummaryProjection {

	static final String PROCESSING_GROUP = "relationship-summary";

	private final RelationshipSummaries summaries;

	RelationshipSummaryProjection(RelationshipSummaries summaries) {
		this.summaries = summaries;
	}

	@EventHandler
	void on(RelationshipOpenedEvent event, @SequenceNumber long sequence) {
		this.summaries.open(event.relationshipId(), sequence, SummaryDocument.opened(event));
	}

	@EventHandler
	void on(InteractionRecordedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.TRUST, event.trust());
			summary.put(SummaryDocument.UNCERTAINTY, event.uncertainty());
			summary.put(SummaryDocument.LAST_INTERACTION, SummaryDocument.lastInteraction(event));
			SummaryDocument.count(summary, SummaryDocument.INTERACTIONS);
			if (event.kind() == InteractionKind.TRANSACTION) {
				SummaryDocument.count(summary, SummaryDocument.TRANSACTIONS);
			}
			if (event.kind() == InteractionKind.CONFLICT) {
				SummaryDocument.count(summary, SummaryDocument.CONFLICTS);
			}
		});
	}

	@EventHandler
	void on(ResourcesAdaptedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.SWITCHING_COST, event.switchingCost());
			SummaryDocument.count(summary, SummaryDocument.ADAPTATIONS);
		});
	}

	@EventHandler
	void on(RelationshipAssessedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence,
				(summary) -> SummaryDocument.count(summary, SummaryDocument.ASSESSMENTS));
	}

	@EventHandler
	void on(RelationshipClassifiedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.RELATIONAL_TYPE, event.relationalType().name());
			SummaryDocument.count(summary, SummaryDocument.CLASSIFICATIONS);
		});
	}

	@EventHandler
	void on(StageAdvancedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.STAGE, event.to().name());
			SummaryDocument.count(summary, SummaryDocument.STAGE_STEPS);
		});
	}

	@EventHandler
	void on(RelationshipAtRiskEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.AT_RISK, true);
			summary.put(SummaryDocument.RISK_RULES, List.copyOf(event.rules()));
		});
	}

	@EventHandler
	void on(RiskClearedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.AT_RISK, false);
			summary.put(SummaryDocument.RISK_RULES, List.of());
		});
	}

	@EventHandler
	void on(RelationshipDissolvedEvent event, @SequenceNumber long sequence) {
		this.summaries.update(event.relationshipId(), sequence, (summary) -> {
			summary.put(SummaryDocument.DISSOLVED_AT, StoredInstant.write(event.occurredAt()));
			summary.put(SummaryDocument.DISSOLUTION_REASON, event.reason().name());
		});
	}

	@ResetHandler
	void reset() {
		this.summaries.clear();
	}

	@QueryHandler
	Optional<RelationshipSummaryView> handle(FindRelationshipSummaryQuery query) {
		return this.summaries.find(query.relationshipId()).map(SummaryDocument::toView);
	}

	@QueryHandler
	RelationshipPageView handle(FindRelationshipsQuery query) {
		return this.summaries.page(query);
	}

	/** The first answer to a live subscription; the other projections send the news. */
	@QueryHandler
	Optional<RelationshipSummaryView> handle(WatchRelationshipQuery query) {
		return this.summaries.find(query.relationshipId()).map(SummaryDocument::toView);
	}

}
