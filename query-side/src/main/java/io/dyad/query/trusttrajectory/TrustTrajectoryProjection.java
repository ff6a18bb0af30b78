package io.dyad.query.trusttrajectory;

import java.util.List;
import java.util.Optional;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.query.FindTrustTrajectoryQuery;
import io.dyad.api.query.TrustPointAdded;
import io.dyad.api.query.TrustPointView;
import io.dyad.api.query.TrustTrajectoryView;
import io.dyad.api.query.WatchRelationshipQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import org.springframework.stereotype.Component;

/**
 * One point of trust and uncertainty per interaction. Watchers hear of each new point,
 * except during replays, which only retell old news.
 */
@Component
@ProcessingGroup("trust-trajectory")
class TrustTrajectoryProjection {

	private final TrustTrajectories trajectories;

	private final QueryUpdateEmitter updates;

	TrustTrajectoryProjection(TrustTrajectories trajectories, QueryUpdateEmitter updates) {
		this.trajectories = trajectories;
		this.updates = updates;
	}

	@EventHandler
	void on(RelationshipOpenedEvent event, @SequenceNumber long sequence) {
		this.trajectories.open(event.relationshipId(), sequence);
	}

	@EventHandler
	void on(InteractionRecordedEvent event, @SequenceNumber long sequence, ReplayStatus replayStatus) {
		TrustPointView point = new TrustPointView(event.occurredAt(), event.trust(), event.uncertainty(),
				event.interactionId(), event.kind(), event.outcome());
		boolean applied = this.trajectories.append(event.relationshipId(), sequence, point);
		if (applied && !replayStatus.isReplay()) {
			this.updates.emit(WatchRelationshipQuery.class,
					(watch) -> watch.relationshipId().equals(event.relationshipId()),
					new TrustPointAdded(event.relationshipId(), sequence, point));
		}
	}

	@ResetHandler
	void reset() {
		this.trajectories.clear();
	}

	@QueryHandler
	Optional<TrustTrajectoryView> handle(FindTrustTrajectoryQuery query) {
		return this.trajectories.points(query.relationshipId(), query.from(), query.to()).map((points) -> {
			List<TrustPointView> kept = LargestTriangleThreeBuckets.downsample(points, query.maxPoints(),
					TrustTrajectoryProjection::seconds, TrustPointView::trust);
			return new TrustTrajectoryView(query.relationshipId(), query.from(), query.to(), query.maxPoints(),
					points.size(), kept.size() < points.size(), kept);
		});
	}

	private static double seconds(TrustPointView point) {
		return point.occurredAt().getEpochSecond() + point.occurredAt().getNano() / 1e9;
	}

}
