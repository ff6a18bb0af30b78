package io.dyad.query.trusttrajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.query.FindTrustTrajectoryQuery;
import io.dyad.api.query.TrustPointAdded;
import io.dyad.api.query.TrustPointView;
import io.dyad.api.query.TrustTrajectoryView;
import io.dyad.api.query.WatchRelationshipQuery;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import io.dyad.query.MongoTestServer;
import io.dyad.query.ProcessorBatch;
import io.dyad.query.store.StoredInstant;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.OPENED_AT;
import static io.dyad.query.RelationshipEvents.interaction;
import static io.dyad.query.RelationshipEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustTrajectoryProjectionTest {

	private static final String ID = "rel-1";

	/** Small buckets and spans, so that crossing their boundaries takes few events. */
	private static final int BUCKET_SIZE = 4;

	private static final int SPAN_SIZE = 2 * BUCKET_SIZE;

	private MongoTestServer mongo;

	private SimpleQueryUpdateEmitter emitter;

	private TrustTrajectoryProjection projection;

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.emitter = SimpleQueryUpdateEmitter.builder().build();
		this.projection = new TrustTrajectoryProjection(
				new TrustTrajectories(this.mongo.database(), BUCKET_SIZE, SPAN_SIZE), this.emitter);
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void recordsOnePointPerInteractionInOrder() {
		List<InteractionRecordedEvent> interactions = record(ID, 3);

		TrustTrajectoryView trajectory = trajectory(null, null, 1_000);

		assertThat(trajectory.points()).containsExactlyElementsOf(points(interactions));
		assertThat(trajectory.totalPoints()).isEqualTo(3);
		assertThat(trajectory.downsampled()).isFalse();
	}

	@Test
	void knowsAnOpenedRelationshipWithoutInteractions() {
		this.projection.on(opened(ID), 0);

		assertThat(trajectory(null, null, 1_000).points()).isEmpty();
		assertThat(this.projection.handle(new FindTrustTrajectoryQuery("nobody", null, null, 1_000))).isEmpty();
	}

	@Test
	void fillsBucketsInOrderAndReadsAcrossTheirBoundaries() {
		List<InteractionRecordedEvent> interactions = record(ID, 2 * BUCKET_SIZE + 1);

		var buckets = this.mongo.database().getCollection(TrustTrajectories.BUCKETS);
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":0")).first())).containsExactly("i-1", "i-2", "i-3",
				"i-4");
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":1")).first())).containsExactly("i-5", "i-6", "i-7",
				"i-8");
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":2")).first())).containsExactly("i-9");
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));

		// From the end of the first bucket into the third, bounds inclusive.
		Instant from = interactions.get(3).occurredAt();
		Instant to = interactions.get(8).occurredAt();
		assertThat(trajectory(from, to, 1_000).points()).containsExactlyElementsOf(points(interactions.subList(3, 9)));
		assertThat(trajectory(interactions.get(5).occurredAt(), interactions.get(6).occurredAt(), 1_000).points())
			.containsExactlyElementsOf(points(interactions.subList(5, 7)));
	}

	@Test
	void fillsBucketsAlikeWhenBatchesCrossTheirBoundaries() {
		List<InteractionRecordedEvent> interactions = interactions(2 * BUCKET_SIZE + 1);
		ProcessorBatch first = new ProcessorBatch().then(() -> this.projection.on(opened(ID), 0));
		ProcessorBatch second = new ProcessorBatch();
		for (int i = 1; i <= interactions.size(); i++) {
			InteractionRecordedEvent event = interactions.get(i - 1);
			long sequence = i;
			((i <= BUCKET_SIZE + 2) ? first : second)
				.then(() -> this.projection.on(event, sequence, ReplayStatus.REGULAR));
		}

		assertThat(first.process()).isTrue();
		assertThat(second.process()).isTrue();

		var buckets = this.mongo.database().getCollection(TrustTrajectories.BUCKETS);
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":0")).first())).containsExactly("i-1", "i-2", "i-3",
				"i-4");
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":1")).first())).containsExactly("i-5", "i-6", "i-7",
				"i-8");
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":2")).first())).containsExactly("i-9");
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));
		assertThat(trajectory(null, null, 1_000).totalPoints()).isEqualTo(2 * BUCKET_SIZE + 1);
	}

	@Test
	void keepsTheBucketSizeATrajectoryStartedWith() {
		List<InteractionRecordedEvent> interactions = interactions(2 * BUCKET_SIZE + 1);
		this.projection.on(opened(ID), 0);
		apply(this.projection, interactions.subList(0, BUCKET_SIZE + 2), 1);
		TrustTrajectoryProjection resized = new TrustTrajectoryProjection(
				new TrustTrajectories(this.mongo.database(), BUCKET_SIZE - 1, SPAN_SIZE - 2), this.emitter);
		apply(resized, interactions.subList(BUCKET_SIZE + 2, interactions.size()), BUCKET_SIZE + 3);

		var buckets = this.mongo.database().getCollection(TrustTrajectories.BUCKETS);
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":1")).first())).containsExactly("i-5", "i-6", "i-7",
				"i-8");
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":2")).first())).containsExactly("i-9");
		assertThat(resized.handle(new FindTrustTrajectoryQuery(ID, null, null, 1_000)).orElseThrow().points())
			.containsExactlyElementsOf(points(interactions));
	}

	@Test
	void readsAndExtendsHeadsStoredWithoutTheirBucketSize() {
		List<InteractionRecordedEvent> interactions = interactions(8);
		TrustTrajectoryProjection first = new TrustTrajectoryProjection(new TrustTrajectories(this.mongo.database(),
				TrustTrajectories.FIRST_BUCKET_SIZE, TrustTrajectories.FIRST_BUCKET_SIZE), this.emitter);
		first.on(opened(ID), 0);
		apply(first, interactions.subList(0, 5), 1);
		this.mongo.database()
			.getCollection(TrustTrajectories.HEADS)
			.updateOne(Filters.eq("_id", ID), Updates.combine(Updates.unset("bucketSize"), Updates.unset("spanSize")));

		apply(this.projection, interactions.subList(5, 8), 6);

		var buckets = this.mongo.database().getCollection(TrustTrajectories.BUCKETS);
		assertThat(bucket(buckets.find(Filters.eq("_id", ID + ":0")).first())).containsExactly("i-1", "i-2", "i-3",
				"i-4", "i-5", "i-6", "i-7", "i-8");
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));
	}

	@Test
	void readsAndExtendsHeadsStoredWithASpanPerBucket() {
		List<InteractionRecordedEvent> interactions = interactions(3 * BUCKET_SIZE - 1);
		TrustTrajectoryProjection first = new TrustTrajectoryProjection(
				new TrustTrajectories(this.mongo.database(), BUCKET_SIZE, BUCKET_SIZE), this.emitter);
		first.on(opened(ID), 0);
		apply(first, interactions.subList(0, BUCKET_SIZE + 2), 1);
		this.mongo.database()
			.getCollection(TrustTrajectories.HEADS)
			.updateOne(Filters.eq("_id", ID), Updates.unset("spanSize"));

		apply(this.projection, interactions.subList(BUCKET_SIZE + 2, interactions.size()), BUCKET_SIZE + 3);

		Document head = this.mongo.database().getCollection(TrustTrajectories.HEADS).find().first();
		assertThat(head.getList("buckets", Document.class)).hasSize(3);
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));
		assertThat(trajectory(interactions.get(2 * BUCKET_SIZE).occurredAt(), null, 1_000).points())
			.containsExactlyElementsOf(points(interactions.subList(2 * BUCKET_SIZE, interactions.size())));
	}

	@Test
	void answersWindowsWithinOneSpanFromEachOfItsBuckets() {
		List<InteractionRecordedEvent> interactions = record(ID, 2 * SPAN_SIZE + 1);

		Instant from = interactions.get(SPAN_SIZE).occurredAt();
		Instant to = interactions.get(2 * SPAN_SIZE - 1).occurredAt();
		assertThat(trajectory(from, to, 1_000).points())
			.containsExactlyElementsOf(points(interactions.subList(SPAN_SIZE, 2 * SPAN_SIZE)));
		assertThat(trajectory(interactions.get(2 * SPAN_SIZE).occurredAt(), null, 1_000).points())
			.containsExactlyElementsOf(points(interactions.subList(2 * SPAN_SIZE, 2 * SPAN_SIZE + 1)));
	}

	@Test
	void keepsEachBucketWithinOneSpan() {
		assertThatThrownBy(() -> new TrustTrajectories(this.mongo.database(), BUCKET_SIZE, SPAN_SIZE + 1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A span of 9 points does not hold whole buckets of 4");
	}

	@Test
	void answersFromTheStoreOnceAnotherInstanceReplayedWithOtherSizes() {
		List<InteractionRecordedEvent> interactions = record(ID, 2 * BUCKET_SIZE);
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));
		TrustTrajectoryProjection replaying = new TrustTrajectoryProjection(
				new TrustTrajectories(this.mongo.database(), BUCKET_SIZE / 2, SPAN_SIZE / 2), this.emitter);

		replaying.reset();
		replaying.on(opened(ID), 0);
		apply(replaying, interactions, 1);

		assertThat(trajectory(null, null, 999).points()).containsExactlyElementsOf(points(interactions));
	}

	@Test
	void answersWithThePointsRecordedSinceAnEarlierAnswer() {
		List<InteractionRecordedEvent> interactions = record(ID, BUCKET_SIZE + 1);
		TrustTrajectoryView earlier = trajectory(null, null, 1_000);
		TrustTrajectoryView earlierDownsampled = trajectory(null, null, 3);

		for (int i = BUCKET_SIZE + 2; i <= 2 * BUCKET_SIZE + 1; i++) {
			var event = interaction(ID, "i-" + i, InteractionKind.SOCIAL, Outcome.NEUTRAL, at(i), 0.5, 0.5);
			this.projection.on(event, i, ReplayStatus.REGULAR);
			interactions.add(event);
		}

		assertThat(earlier.points()).containsExactlyElementsOf(points(interactions.subList(0, BUCKET_SIZE + 1)));
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));
		assertThat(trajectory(null, null, 3).totalPoints()).isEqualTo(2 * BUCKET_SIZE + 1);
		assertThat(trajectory(null, null, 3).points()).last().isEqualTo(points(interactions).get(2 * BUCKET_SIZE));
		assertThat(earlierDownsampled.points()).last().isEqualTo(points(interactions).get(BUCKET_SIZE));
	}

	@Test
	void answersARepeatedQuestionFromMemoryReadingOnlyTheStoredCount() {
		record(ID, BUCKET_SIZE + 1);
		TrustTrajectoryView first = trajectory(null, null, 1_000);
		// Spans that cannot be read: only a query that reads the whole head would fail.
		this.mongo.database()
			.getCollection(TrustTrajectories.HEADS)
			.updateOne(Filters.eq("_id", ID), Updates.set("buckets", "unreadable"));

		assertThat(trajectory(null, null, 1_000)).isSameAs(first);
		assertThatThrownBy(() -> trajectory(null, null, 999)).isInstanceOf(ClassCastException.class);
	}

	@Test
	void answersARepeatedQuestionWithTheSameAnswerUntilTheTrajectoryGrows() {
		record(ID, BUCKET_SIZE + 1);
		TrustTrajectoryView first = trajectory(null, null, 1_000);

		TrustTrajectoryView repeated = trajectory(null, null, 1_000);
		this.projection.on(
				interaction(ID, "i-next", InteractionKind.SOCIAL, Outcome.NEUTRAL, at(BUCKET_SIZE + 2), 0.5, 0.5),
				BUCKET_SIZE + 2, ReplayStatus.REGULAR);
		TrustTrajectoryView grown = trajectory(null, null, 1_000);

		assertThat(repeated).isSameAs(first);
		assertThat(grown).isNotSameAs(first);
		assertThat(grown.totalPoints()).isEqualTo(BUCKET_SIZE + 2);
		assertThat(trajectory(null, null, 1_000)).isSameAs(grown);
	}

	@Test
	void answersOnlyThePointsTheTrajectoryCountsWhileABatchIsHalfStored() {
		List<InteractionRecordedEvent> interactions = record(ID, 2);
		var third = interaction(ID, "i-3", InteractionKind.SOCIAL, Outcome.NEUTRAL, at(3), 0.5, 0.5);
		// A batch that stored its point in the bucket but not yet the head counting it.
		this.mongo.database()
			.getCollection(TrustTrajectories.BUCKETS)
			.updateOne(Filters.eq("_id", ID + ":0"),
					new Document("$set", new Document("points.2",
							new Document("occurredAt", StoredInstant.write(third.occurredAt())).append("trust", 0.5)
								.append("uncertainty", 0.5)
								.append("interactionId", "i-3")
								.append("kind", "SOCIAL")
								.append("outcome", "NEUTRAL"))));

		TrustTrajectoryView halfStored = trajectory(null, null, 1_000);
		this.projection.on(third, 3, ReplayStatus.REGULAR);
		interactions.add(third);

		assertThat(halfStored.points()).containsExactlyElementsOf(points(interactions.subList(0, 2)));
		assertThat(halfStored.totalPoints()).isEqualTo(2);
		assertThat(trajectory(null, null, 1_000).points()).containsExactlyElementsOf(points(interactions));
	}

	@Test
	void downsamplesToMaxPointsKeepingTheFirstAndLast() {
		List<InteractionRecordedEvent> interactions = record(ID, 50);

		TrustTrajectoryView trajectory = trajectory(null, null, 10);

		assertThat(trajectory.downsampled()).isTrue();
		assertThat(trajectory.totalPoints()).isEqualTo(50);
		assertThat(trajectory.maxPoints()).isEqualTo(10);
		assertThat(trajectory.points()).hasSize(10);
		assertThat(trajectory.points().get(0)).isEqualTo(points(interactions).get(0));
		assertThat(trajectory.points().get(9)).isEqualTo(points(interactions).get(49));
		assertThat(points(interactions)).containsSubsequence(trajectory.points());
	}

	@Test
	void applyingAnInteractionTwiceChangesNothing() {
		this.projection.on(opened(ID), 0);
		var first = interaction(ID, "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, at(1), 0.37, 0.85);
		var second = interaction(ID, "i-2", InteractionKind.CONFLICT, Outcome.NEGATIVE, at(2), 0.2035, 0.895);
		this.projection.on(first, 1, ReplayStatus.REGULAR);
		this.projection.on(second, 2, ReplayStatus.REGULAR);
		TrustTrajectoryView before = trajectory(null, null, 1_000);

		this.projection.on(opened(ID), 0);
		this.projection.on(first, 1, ReplayStatus.REGULAR);
		this.projection.on(second, 2, ReplayStatus.REGULAR);

		assertThat(trajectory(null, null, 1_000)).isEqualTo(before);
		assertThat(before.points()).hasSize(2);
	}

	@Test
	void resetClearsTheTrajectoriesAndAReplayRebuildsThemAlike() {
		List<InteractionRecordedEvent> interactions = record(ID, 5);
		TrustTrajectoryView before = trajectory(null, null, 1_000);

		this.projection.reset();

		assertThat(this.projection.handle(new FindTrustTrajectoryQuery(ID, null, null, 1_000))).isEmpty();
		assertThat(this.mongo.database().getCollection(TrustTrajectories.BUCKETS).countDocuments()).isZero();

		this.projection.on(opened(ID), 0);
		for (int i = 0; i < interactions.size(); i++) {
			this.projection.on(interactions.get(i), i + 1, ReplayStatus.REPLAY);
		}

		assertThat(trajectory(null, null, 1_000)).isEqualTo(before);
	}

	@Test
	void tellsWatchersOfNewPointsButNotOfReplayedOnes() {
		List<Object> heard = new CopyOnWriteArrayList<>();
		this.emitter
			.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new WatchRelationshipQuery(ID),
					ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(Object.class)), 16)
			.getUpdates()
			.subscribe((update) -> heard.add(update.getPayload()));
		this.projection.on(opened(ID), 0);
		var live = interaction(ID, "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, at(1), 0.37, 0.85);
		this.projection.on(live, 1, ReplayStatus.REGULAR);
		this.projection.on(interaction(ID, "i-2", InteractionKind.SOCIAL, Outcome.NEUTRAL, at(2), 0.37, 0.78625), 2,
				ReplayStatus.REPLAY);

		assertThat(heard).containsExactly(new TrustPointAdded(ID, 1, points(List.of(live)).get(0)));
	}

	private List<InteractionRecordedEvent> record(String relationshipId, int count) {
		this.projection.on(opened(relationshipId), 0);
		List<InteractionRecordedEvent> interactions = new ArrayList<>();
		double trust = 0.30;
		double uncertainty = 1.00;
		for (int i = 1; i <= count; i++) {
			boolean positive = i % 5 != 0;
			trust = positive ? trust + 0.10 * (1 - trust) : trust - 0.30 * trust;
			uncertainty = positive ? uncertainty * 0.85 : uncertainty + 0.20 * (1 - uncertainty);
			var event = interaction(relationshipId, "i-" + i, InteractionKind.TRANSACTION,
					positive ? Outcome.POSITIVE : Outcome.NEGATIVE, at(i), trust, uncertainty);
			this.projection.on(event, i, ReplayStatus.REGULAR);
			interactions.add(event);
		}
		return interactions;
	}

	private static List<InteractionRecordedEvent> interactions(int count) {
		List<InteractionRecordedEvent> interactions = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			interactions.add(interaction(ID, "i-" + i, InteractionKind.COMMUNICATION, Outcome.POSITIVE, at(i),
					0.30 + i / 100.0, 1.00 - i / 100.0));
		}
		return interactions;
	}

	private static void apply(TrustTrajectoryProjection projection, List<InteractionRecordedEvent> interactions,
			long firstSequence) {
		long sequence = firstSequence;
		for (InteractionRecordedEvent interaction : interactions) {
			projection.on(interaction, sequence++, ReplayStatus.REGULAR);
		}
	}

	private TrustTrajectoryView trajectory(Instant from, Instant to, int maxPoints) {
		return this.projection.handle(new FindTrustTrajectoryQuery(ID, from, to, maxPoints)).orElseThrow();
	}

	private static List<TrustPointView> points(List<InteractionRecordedEvent> interactions) {
		return interactions.stream()
			.map((event) -> new TrustPointView(event.occurredAt(), event.trust(), event.uncertainty(),
					event.interactionId(), event.kind(), event.outcome()))
			.toList();
	}

	private static List<String> bucket(Document bucket) {
		return bucket.getList("points", Document.class)
			.stream()
			.map((point) -> point.getString("interactionId"))
			.toList();
	}

	private static Instant at(int hour) {
		return OPENED_AT.plusSeconds(hour * 3_600L);
	}

}
