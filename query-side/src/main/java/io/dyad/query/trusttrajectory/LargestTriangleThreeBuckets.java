package io.dyad.query.trusttrajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Down-sampling that keeps a line's visual shape (Steinarsson, 2013): the first and last
 * points stay, the points between are split into equal buckets, and from each bucket the
 * point is kept that forms the largest triangle with the point kept before it and the
 * average of the next bucket.
 */
final class LargestTriangleThreeBuckets {

	private LargestTriangleThreeBuckets() {
	}

	/**
	 * @param points in x order
	 * @param threshold the most points to keep, at least 2
	 */
	static <T> List<T> downsample(List<T> points, int threshold, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
		int size = points.size();
		if (threshold >= size) {
			return points;
		}
		if (threshold <= 2) {
			return List.of(points.get(0), points.get(size - 1));
		}
		List<T> kept = new ArrayList<>(threshold);
		kept.add(points.get(0));
		double bucketWidth = (double) (size - 2) / (threshold - 2);
		int previous = 0;
		for (int bucket = 0; bucket < threshold - 2; bucket++) {
			int start = bucketStart(bucket, bucketWidth);
			int end = bucketStart(bucket + 1, bucketWidth);
			// The last bucket looks ahead to the last point alone.
			int nextEnd = (bucket == threshold - 3) ? size : bucketStart(bucket + 2, bucketWidth);
			double nextX = 0;
			double nextY = 0;
			for (int i = end; i < nextEnd; i++) {
				nextX += x.applyAsDouble(points.get(i));
				nextY += y.applyAsDouble(points.get(i));
			}
			nextX /= (nextEnd - end);
			nextY /= (nextEnd - end);
			double previousX = x.applyAsDouble(points.get(previous));
			double previousY = y.applyAsDouble(points.get(previous));
			int chosen = start;
			double largestArea = -1;
			for (int i = start; i < end; i++) {
				double area = Math.abs((previousX - nextX) * (y.applyAsDouble(points.get(i)) - previousY)
						- (previousX - x.applyAsDouble(points.get(i))) * (nextY - previousY));
				if (area > largestArea) {
					largestArea = area;
					chosen = i;
				}
			}
			kept.add(points.get(chosen));
			previous = chosen;
		}
		kept.add(points.get(size - 1));
		return kept;
	}

	/** Bucket i covers points [start(i), start(i+1)); point 0 is outside every bucket. */
	private static int bucketStart(int bucket, double bucketWidth) {
		return (int) Math.floor(bucket * bucketWidth) + 1;
	}

}
