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
 * events, so a bucket's first n points are the same whenever they are read under the same
 * key: a held bucket answers for any trajectory head that counts at most as many points
 * in it, and a bucket the head counts more points in is read again. A key names whatever
 * else fixes a bucket's points, such as its size.
 *
 * @param <K> names a bucket
 */
final class RecentBuckets<K> {

	private final Cache<K, List<TrustPointView>> buckets;

	/**
	 * @param maxPoints the most points held, least recently used buckets leaving first
	 */
	RecentBuckets(long maxPoints) {
		this.buckets = Caffeine.newBuilder()
			.maximumWeight(maxPoints)
			.weigher((K bucket, List<TrustPointView> points) -> points.size())
			.build();
	}

	/**
	 * The first points of each bucket, as many as its value counts or as it holds, in the
	 * order of the given buckets.
	 * @param counted the buckets wanted and how many of their points the head counts
	 * @param read reads the points of the buckets that are not held, or held short, from
	 * the store at once; a bucket it does not answer holds no points
	 */
	Map<K, List<TrustPointView>> points(Map<K, Integer> counted,
			Function<Collection<K>, Map<K, List<TrustPointView>>> read) {
		Map<K, List<TrustPointView>> points = new LinkedHashMap<>();
		List<K> missing = new ArrayList<>();
		counted.forEach((bucket, count) -> {
			List<TrustPointView> held = this.buckets.getIfPresent(bucket);
			points.put(bucket, held);
			if (held == null || held.size() < count) {
				missing.add(bucket);
			}
		});
		if (!missing.isEmpty()) {
			Map<K, List<TrustPointView>> stored = read.apply(missing);
			for (K bucket : missing) {
				points.put(bucket,
						this.buckets.asMap()
							.merge(bucket, stored.getOrDefault(bucket, List.of()),
									(old, fresh) -> (fresh.size() >= old.size()) ? fresh : old));
			}
		}
		points.replaceAll(
				(bucket, held) -> (held.size() > counted.get(bucket)) ? held.subList(0, counted.get(bucket)) : held);
		return points;
	}

	void clear() {
		this.buckets.invalidateAll();
	}

}
