package io.dyad.query.trusttrajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LargestTriangleThreeBucketsTest {

	private record Point(double x, double y) {
	}

	@ParameterizedTest
	@CsvSource({ "100, 10", "1000, 3", "1001, 1000", "57, 7", "3, 2" })
	void keepsExactlyThresholdPointsInOrderWithTheFirstAndLast(int size, int threshold) {
		List<Point> line = IntStream.range(0, size).mapToObj((i) -> new Point(i, Math.sin(i / 7.0))).toList();

		List<Point> kept = downsample(line, threshold);

		assertThat(kept).hasSize(threshold);
		assertThat(kept.get(0)).isEqualTo(line.get(0));
		assertThat(kept.get(threshold - 1)).isEqualTo(line.get(size - 1));
		assertThat(line).containsSubsequence(kept);
	}

	@Test
	void returnsShortLinesUnchanged() {
		List<Point> line = List.of(new Point(0, 1), new Point(1, 2), new Point(2, 0));

		assertThat(downsample(line, 3)).isEqualTo(line);
		assertThat(downsample(line, 10)).isEqualTo(line);
	}

	@Test
	void keepsSpikesThatAFlatLineWouldHide() {
		List<Point> line = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			line.add(new Point(i, (i == 37) ? 0.9 : (i == 71) ? 0.05 : 0.5));
		}

		List<Point> kept = downsample(line, 10);

		assertThat(kept).contains(new Point(37, 0.9), new Point(71, 0.05));
	}

	@Test
	void choosesThePointFormingTheLargestTriangleInEachBucket() {
		// Two middle buckets of two points each: (1,2) and (3,4); the far-off points win.
		List<Point> line = List.of(new Point(0, 0), new Point(1, 0.1), new Point(2, 5), new Point(3, -5),
				new Point(4, 0.1), new Point(5, 0));

		assertThat(downsample(line, 4)).containsExactly(new Point(0, 0), new Point(2, 5), new Point(3, -5),
				new Point(5, 0));
	}

	private static List<Point> downsample(List<Point> line, int threshold) {
		return LargestTriangleThreeBuckets.downsample(line, threshold, Point::x, Point::y);
	}

}
