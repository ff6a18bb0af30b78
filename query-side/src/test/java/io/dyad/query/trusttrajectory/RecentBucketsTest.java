package io.dyad.query.trusttrajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.dyad.api.query.TrustPointView;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentBucketsTest {

	private final RecentBuckets<String> buckets = new RecentBuckets<>(1_000);

	/** What the store holds: bucket a with 3 points, b with 4. */
	private final Map<String, List<TrustPointView>> stored = new LinkedHashMap<>(
			Map.of("a", points("a", 3), "b", points("b", 4)));

	private final List<Collection<String>> reads = new ArrayList<>();

	@Test
	void readsTheBucketsItMissesInOneReadAndCutsThemToTheirCount() {
		Map<String, List<TrustPointView>> points = this.buckets.points(counted("a", 2, "b", 4), this::read);

		assertThat(this.reads).containsExactly(List.of("a", "b"));
		assertThat(points.keySet()).containsExactly("a", "b");
		assertThat(points.get("a")).containsExactlyElementsOf(points("a", 2));
		assertThat(points.get("b")).containsExactlyElementsOf(points("b", 4));
	}

	@Test
	void readsAgainOnlyBucketsHeldShortOrNotHeld() {
		this.buckets.points(counted("a", 2, "b", 3), this::read);
		this.stored.put("a", points("a", 5));
		this.stored.put("c", points("c", 1));

		Map<String, List<TrustPointView>> points = this.buckets.points(counted("a", 5, "b", 3, "c", 1), this::read);

		assertThat(this.reads).containsExactly(List.of("a", "b"), List.of("a", "c"));
		assertThat(points.get("a")).containsExactlyElementsOf(points("a", 5));
		assertThat(points.get("b")).containsExactlyElementsOf(points("b", 3));
		assertThat(points.get("c")).containsExactlyElementsOf(points("c", 1));
	}

	@Test
	void answersWithoutReadingWhenEveryBucketIsHeld() {
		this.buckets.points(counted("a", 3, "b", 4), this::read);

		Map<String, List<TrustPointView>> points = this.buckets.points(counted("b", 1), this::read);

		assertThat(this.reads).hasSize(1);
		assertThat(points.get("b")).containsExactlyElementsOf(points("b", 1));
	}

	@Test
	void aBucketTheStoreDoesNotHaveHoldsNoPoints() {
		assertThat(this.buckets.points(counted("z", 2), this::read).get("z")).isEmpty();
	}

	private Map<String, List<TrustPointView>> read(Collection<String> bucketIds) {
		this.reads.add(List.copyOf(bucketIds));
		Map<String, List<TrustPointView>> answer = new LinkedHashMap<>(this.stored);
		answer.keySet().retainAll(bucketIds);
		return answer;
	}

	private static Map<String, Integer> counted(Object... bucketsAndCounts) {
		Map<String, Integer> counted = new LinkedHashMap<>();
		for (int i = 0; i < bucketsAndCounts.length; i += 2) {
			counted.put((String) bucketsAndCounts[i], (Integer) bucketsAndCounts[i + 1]);
		}
		return counted;
	}

	private static List<TrustPointView> points(String bucketId, int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> new TrustPointView(Instant.parse("2025-01-20T10:00:00Z").plusSeconds(i), 0.5, 0.5,
					bucketId + "-" + i, InteractionKind.COMMUNICATION, Outcome.POSITIVE))
			.toList();
	}

}
