package io.dyad.query.trusttrajectory;

import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dyad.api.query.TrustPointView;

/**
 * The points of recently read trajectory buckets, held in memory so that a query of a
 * long trajectory does not read and decode its thousands of stored points again. A
 * trajectory only grows, by one point per interaction in the order of the relationship's
 * events, so a bucket's first n points are the same whenever they are read: a held bucket
 * answers for any trajectory head that counts at most as many points in it, and a bucket
 * the head counts more points in is read again.
 */
final class RecentBuckets {

	private final Cache<String, List<TrustPointView>> buckets;

	/**
	 * @param maxPoints the most points held, least recently used buckets leaving first
	 */
	RecentBuckets(long maxPoints) {
		this.buckets = Caffeine.newBuilder()
			.maximumWeight(maxPoints)
			.weigher((String bucketId, List<TrustPointView> points) -> points.size())
			.build();
	}

	/**
	 * The first {@code counted} points of a bucket, or as many as it holds.
	 * @param read reads the bucket's points from the store
	 */
	List<TrustPointView> points(String bucketId, int counted, Function<String, List<TrustPointView>> read) {
		List<TrustPointView> held = this.buckets.getIfPresent(bucketId);
		if (held == null || held.size() < counted) {
			List<TrustPointView> stored = read.apply(bucketId);
			held = this.buckets.asMap()
				.merge(bucketId, stored, (old, fresh) -> (fresh.size() >= old.size()) ? fresh : old);
		}
		return (held.size() > counted) ? held.subList(0, counted) : held;
	}

	void clear() {
		this.buckets.invalidateAll();
	}

}
