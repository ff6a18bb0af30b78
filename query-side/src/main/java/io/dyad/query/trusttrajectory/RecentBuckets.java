package io.dyad.query.trusttrajectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	 * The first points of each bucket, as many as its value counts or as it holds, in the
	 * order of the given buckets.
	 * @param counted the buckets wanted and how many of their points the head counts
	 * @param read reads the points of the buckets that are not held, or held short, from
	 * the store at once; a bucket it does not answer holds no points
	 */
	Map<String, List<TrustPointView>> points(Map<String, Integer> counted,
			Function<Collection<String>, Map<String, List<TrustPointView>>> read) {
		Map<String, List<TrustPointView>> points = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		counted.forEach((bucketId, count) -> {
			List<TrustPointView> held = this.buckets.getIfPresent(bucketId);
			points.put(bucketId, held);
			if (held == null || held.size() < count) {
				missing.add(bucketId);
			}
		});
		if (!missing.isEmpty()) {
			Map<String, List<TrustPointView>> stored = read.apply(missing);
			for (String bucketId : missing) {
				points.put(bucketId,
						this.buckets.asMap()
							.merge(bucketId, stored.getOrDefault(bucketId, List.of()),
									(old, fresh) -> (fresh.size() >= old.size()) ? fresh : old));
			}
		}
		points.replaceAll((bucketId, held) -> (held.size() > counted.get(bucketId))
				? held.subList(0, counted.get(bucketId)) : held);
		return points;
	}

	void clear() {
		this.buckets.invalidateAll();
	}

}
