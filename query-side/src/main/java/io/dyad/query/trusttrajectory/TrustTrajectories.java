package io.dyad.query.trusttrajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.dyad.api.query.TrustPointView;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import io.dyad.query.store.BatchScope;
import io.dyad.query.store.DocumentChanges;
import io.dyad.query.store.StoredInstant;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * Trust trajectories in MongoDB. A head document per relationship holds the point count,
 * the last sequence number applied, its bucket and span sizes and the time span of each
 * run of {@value #SPAN_SIZE} points; the points themselves sit in buckets of
 * {@value #BUCKET_SIZE}, keyed {@code <relationshipId>:<bucketNo>}, so a long
 * relationship neither rewrites one huge document per interaction nor stores one document
 * per point. An interaction rewrites its bucket and the head: the embedded store copies,
 * compares and re-encodes a document whole at each change, so small buckets keep an
 * interaction cheap, and spans longer than a bucket keep the head small up to tens of
 * thousands of points. Heads written before the sizes were stored used
 * {@value #FIRST_BUCKET_SIZE} for both, and heads written before spans had a size of
 * their own have one span per bucket. Everything is read and written by {@code _id}, once
 * per processor batch: the points first, then the heads that count them. Queries read the
 * head's count, and the whole head only to answer anew, with the points of recently read
 * buckets from memory.
 */
@Repository
class TrustTrajectories {

	static final String HEADS = "trust_trajectories";

	static final String BUCKETS = "trust_trajectory_buckets";

	static final int BUCKET_SIZE = 20;

	static final int SPAN_SIZE = 100;

	static final int FIRST_BUCKET_SIZE = 1_000;

	/** About 15 MB: the points of ten trajectories of 10,000 interactions. */
	static final long RECENT_POINTS = 100_000;

	private final MongoCollection<Document> heads;

	private final MongoCollection<Document> buckets;

	private final int bucketSize;

	private final int spanSize;

	private final BatchScope<Changes> batch;

	private final RecentBuckets<Bucket> recentBuckets = new RecentBuckets<>(RECENT_POINTS);

	@Autowired
	TrustTrajectories(MongoDatabase database) {
		this(database, BUCKET_SIZE, SPAN_SIZE);
	}

	/**
	 * @param spanSize a multiple of the bucket size, so that a bucket lies in one span
	 */
	TrustTrajectories(MongoDatabase database, int bucketSize, int spanSize) {
		if (spanSize % bucketSize != 0) {
			throw new IllegalArgumentException(
					"A span of " + spanSize + " points does not hold whole buckets of " + bucketSize);
		}
		this.heads = database.getCollection(HEADS);
		this.buckets = database.getCollection(BUCKETS);
		this.bucketSize = bucketSize;
		this.spanSize = spanSize;
		this.batch = new BatchScope<>(HEADS,
				(ids) -> new Changes(new DocumentChanges(this.heads, ids), new DocumentChanges(this.buckets, Set.of())),
				Changes::write);
	}

	/** Starts an empty trajectory unless the opening was applied before. */
	boolean open(String relationshipId, long sequence) {
		return this.batch.apply((changes) -> {
			if (changes.heads().find(relationshipId).isPresent()) {
				return false;
			}
			changes.heads()
				.replace(new Document("_id", relationshipId).append("count", 0)
					.append("version", sequence)
					.append("bucketSize", this.bucketSize)
					.append("spanSize", this.spanSize)
					.append("buckets", new ArrayList<Document>()));
			return true;
		});
	}

	/**
	 * Adds a point unless an event at or after this sequence number was applied already.
	 * The point is written to its slot by position before the head counts it, so a retry
	 * after a failure between the two writes fills the same slot again.
	 */
	boolean append(String relationshipId, long sequence, TrustPointView point) {
		return this.batch.apply((changes) -> {
			Document head = changes.heads().find(relationshipId).orElse(null);
			if (head == null || head.getLong("version") >= sequence) {
				return false;
			}
			int count = head.getInteger("count");
			int bucketSize = bucketSize(head);
			int bucketNo = count / bucketSize;
			int slot = count % bucketSize;
			String bucketId = relationshipId + ":" + bucketNo;
			Document started = changes.buckets().replacedInBatch(bucketId).orElse(null);
			if (slot == 0) {
				changes.buckets()
					.replace(new Document("_id", bucketId).append("relationshipId", relationshipId)
						.append("bucket", bucketNo)
						.append("points", new ArrayList<>(List.of(pointDocument(point)))));
			}
			else if (started != null) {
				started.getList("points", Document.class).add(pointDocument(point));
			}
			else {
				changes.buckets().set(bucketId, "points." + slot, pointDocument(point));
			}
			widenSpans(head.getList("buckets", Document.class), count / spanSize(head),
					StoredInstant.write(point.occurredAt()));
			head.put("count", count + 1);
			head.put("version", sequence);
			changes.heads().replace(head);
			return true;
		});
	}

	/** Starts the span a point opens, or widens the span it falls into to its time. */
	private static void widenSpans(List<Document> spans, int spanNo, String occurredAt) {
		if (spanNo == spans.size()) {
			spans.add(new Document("from", occurredAt).append("to", occurredAt));
			return;
		}
		Document span = spans.get(spanNo);
		if (occurredAt.compareTo(span.getString("from")) < 0) {
			span.put("from", occurredAt);
		}
		if (occurredAt.compareTo(span.getString("to")) > 0) {
			span.put("to", occurredAt);
		}
	}

	/**
	 * How many points the relationship's stored head counts; empty when unknown. Reads
	 * only the count: a long trajectory's head lists every span, and decoding them costs
	 * more than a query answered from memory.
	 */
	Optional<Integer> count(String relationshipId) {
		return Optional
			.ofNullable(
					this.heads.find(Filters.eq("_id", relationshipId)).projection(Projections.include("count")).first())
			.map((head) -> head.getInteger("count"));
	}

	/** The relationship's trajectory as its stored head counts it; empty when unknown. */
	Optional<Head> head(String relationshipId) {
		return Optional.ofNullable(this.heads.find(Filters.eq("_id", relationshipId)).first())
			.map((head) -> new Head(relationshipId, head.getInteger("count"), bucketSize(head), spanSize(head),
					head.getList("buckets", Document.class)));
	}

	/**
	 * The points the head counts whose occurredAt lies within the window (bounds
	 * inclusive, null for open), in the order they were recorded. A bucket may hold more
	 * points than the head counts: a batch writes its points before the head.
	 */
	List<TrustPointView> points(Head head, Instant from, Instant to) {
		String lower = StoredInstant.write(from);
		String upper = StoredInstant.write(to);
		Map<Bucket, Integer> counted = new LinkedHashMap<>();
		for (int spanNo = 0; spanNo < head.spans().size(); spanNo++) {
			Document span = head.spans().get(spanNo);
			if (within(span.getString("to"), lower, null) && within(span.getString("from"), null, upper)) {
				int end = Math.min(head.count(), (spanNo + 1) * head.spanSize());
				for (int first = spanNo * head.spanSize(); first < end; first += head.bucketSize()) {
					counted.put(new Bucket(head.relationshipId() + ":" + first / head.bucketSize(), head.bucketSize()),
							Math.min(head.bucketSize(), end - first));
				}
			}
		}
		List<TrustPointView> points = new ArrayList<>();
		for (List<TrustPointView> bucket : this.recentBuckets.points(counted, this::storedPoints).values()) {
			for (TrustPointView point : bucket) {
				if (within(point.occurredAt(), from, to)) {
					points.add(point);
				}
			}
		}
		return points;
	}

	/** The stored points of these buckets, read in one query. */
	private Map<Bucket, List<TrustPointView>> storedPoints(Collection<Bucket> wanted) {
		Map<String, Bucket> byId = new HashMap<>();
		wanted.forEach((bucket) -> byId.put(bucket.id(), bucket));
		Map<Bucket, List<TrustPointView>> points = new HashMap<>();
		for (Document bucket : this.buckets.find(Filters.in("_id", byId.keySet()))) {
			points.put(byId.get(bucket.getString("_id")),
					bucket.getList("points", Document.class).stream().map(TrustTrajectories::toPoint).toList());
		}
		return points;
	}

	/** Drops the collections: far cheaper than deleting each document. */
	void clear() {
		this.heads.drop();
		this.buckets.drop();
		this.recentBuckets.clear();
	}

	/**
	 * A stored trajectory head: the points it counts, how many a bucket and a span hold,
	 * and each span's time span.
	 */
	record Head(String relationshipId, int count, int bucketSize, int spanSize, List<Document> spans) {
	}

	/**
	 * A stored bucket as a head counts it: a replay lays a trajectory out anew with the
	 * sizes of its time, so the same id may hold other points under another bucket size.
	 */
	private record Bucket(String id, int size) {
	}

	/**
	 * A batch's changes; the heads are written last, once the points they count are
	 * stored.
	 */
	private record Changes(DocumentChanges heads, DocumentChanges buckets) {

		void write() {
			this.buckets.write();
			this.heads.write();
		}

	}

	private static int bucketSize(Document head) {
		return head.getInteger("bucketSize", FIRST_BUCKET_SIZE);
	}

	private static int spanSize(Document head) {
		return head.getInteger("spanSize", bucketSize(head));
	}

	/** Stored instants have a fixed width, so their string order is time order. */
	private static boolean within(String instant, String lower, String upper) {
		return (lower == null || instant.compareTo(lower) >= 0) && (upper == null || instant.compareTo(upper) <= 0);
	}

	private static boolean within(Instant instant, Instant from, Instant to) {
		return (from == null || !instant.isBefore(from)) && (to == null || !instant.isAfter(to));
	}

	private static Document pointDocument(TrustPointView point) {
		return new Document("occurredAt", StoredInstant.write(point.occurredAt())).append("trust", point.trust())
			.append("uncertainty", point.uncertainty())
			.append("interactionId", point.interactionId())
			.append("kind", point.kind().name())
			.append("outcome", point.outcome().name());
	}

	private static TrustPointView toPoint(Document point) {
		return new TrustPointView(StoredInstant.read(point.getString("occurredAt")), point.getDouble("trust"),
				point.getDouble("uncertainty"), point.getString("interactionId"),
				InteractionKind.valueOf(point.getString("kind")), Outcome.valueOf(point.getString("outcome")));
	}

}
