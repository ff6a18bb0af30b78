package io.dyad.query.trusttrajectory;

import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * except during replays, which only retell old news. A trajectory only grows, one point
 * per interaction in the order of the relationship's events, so the number of points its
 * stored head counts fixes the answer to a question: recent answers are kept under the
 * question and that number, and a question about a trajectory that has grown since is
 * answered anew.
 */
@Component
@ProcessingGroup("trust-trajectory")
class TrustTrajectoryProjection {

	/** The most points held in recent answers, about 15 MB. */
	private static final long RECENT_ANSWER_POINTS = 100_000;

	private final TrustTrajectories trajectories;

	private final Cache<Question, TrustTrajectoryView> recentAnswers = Caffeine.newBuilder()
		.maximumWeight(RECENT_ANSWER_POINTS)
		.weigher((Question question, TrustTrajectoryView answer) -> answer.points().size())
		.build();

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
		this.recentAnswers.invalidateAll();
	}

	@QueryHandler
	Optional<TrustTrajectoryView> handle(FindTrustTrajectoryQuery query) {
		Optional<Integer> count = this.trajectories.count(query.relationshipId());
		if (count.isEmpty()) {
			return Optional.empty();
		}
		TrustTrajectoryView recent = this.recentAnswers.getIfPresent(new Question(query, count.get()));
		if (recent != null) {
			return Optional.of(recent);
		}
		return this.trajectories.head(query.relationshipId())
			.map((head) -> this.recentAnswers.get(new Question(query, head.count()),
					(question) -> answer(query, head)));
	}

	private TrustTrajectoryView answer(FindTrustTrajectoryQuery query, TrustTrajectories.Head head) {
		List<TrustPointView> points = this.trajectories.points(head, query.from(), query.to());
		List<TrustPointView> kept = LargestTriangleThreeBuckets.downsample(points, query.maxPoints(),
				TrustTrajectoryProjection::seconds, TrustPointView::trust);
		return new TrustTrajectoryView(query.relationshipId(), query.from(), query.to(), query.maxPoints(),
				points.size(), kept.size() < points.size(), kept);
	}

	private static double seconds(TrustPointView point) {
		return point.occurredAt().getEpochSecond() + point.occurredAt().getNano() / 1e9;
	}

	/** A question about a trajectory of so many points. */
	private record Question(FindTrustTrajectoryQuery query, int count) {
	}

}
