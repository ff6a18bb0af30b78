package io.dyad.query.stagehistory;

import java.util.Optional;

import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.query.FindStageHistoryQuery;
import io.dyad.api.query.StageHistoryView;
import io.dyad.api.query.StageStepTaken;
import io.dyad.api.query.WatchRelationshipQuery;
import io.dyad.api.value.StageStep;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import org.springframework.stereotype.Component;

/**
 * Each relationship's stage periods, with the rule and evidence that ended each one.
 * Watchers hear of each new step, except during replays, which only retell old news.
 */
@Component
@ProcessingGroup("stage-history")
class StageHistoryProjection {

	private final StageHistories histories;

	private final QueryUpdateEmitter updates;

	StageHistoryProjection(StageHistories histories, QueryUpdateEmitter updates) {
		this.histories = histories;
		this.updates = updates;
	}

	@EventHandler
	void on(RelationshipOpenedEvent event, @SequenceNumber long sequence) {
		this.histories.open(event.relationshipId(), sequence, event.stage(), event.openedAt());
	}

	@EventHandler
	void on(StageAdvancedEvent event, @SequenceNumber long sequence, ReplayStatus replayStatus) {
		boolean applied = this.histories.advance(event.relationshipId(), sequence, event);
		if (applied && !replayStatus.isReplay()) {
			StageStep step = new StageStep(event.from(), event.to(), event.rule(), event.at());
			this.updates.emit(WatchRelationshipQuery.class,
					(watch) -> watch.relationshipId().equals(event.relationshipId()),
					new StageStepTaken(event.relationshipId(), sequence, step));
		}
	}

	@ResetHandler
	void reset() {
		this.histories.clear();
	}

	@QueryHandler
	Optional<StageHistoryView> handle(FindStageHistoryQuery query) {
		return this.histories.find(query.relationshipId()).map(StageHistories::toView);
	}

}
