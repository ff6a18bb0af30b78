package io.dyad.query.analytics;

import java.util.Arrays;

/**
 * The arithmetic of the analytics: nearest-rank percentiles, order-independent means and
 * ten equal score buckets.
 */
final class Statistics {

	static final String PERCENTILE_METHOD = "nearest rank: the p-th percentile of n values sorted ascending is the value"
			+ " at rank ceil(p/100 * n), counting from 1; the median is the 50th percentile, so for an even n it is"
			+ " the lower of the two middle values; every percentile is a value that occurred";

	static final String BUCKET_METHOD = "ten buckets [0.0,0.1), [0.1,0.2), ..., [0.8,0.9), [0.9,1.0]: bucket k"
			+ " holds k/10 <= v < (k+1)/10, the last one also holds 1.0";

	static final int BUCKETS = 10;

	private Statistics() {
	}

	/** The 1-based rank of the p-th percentile among n values: ceil(p/100 * n). */
	static int nearestRank(int percent, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("no values");
		}
		return Math.max(1, (int) ((percent * (long) count + 99) / 100));
	}

	/**
	 * The p-th percentile of the first {@code count} values, found by selection rather
	 * than sorting; the values are reordered.
	 */
	static long percentile(long[] values, int count, int percent) {
		return select(values, count, nearestRank(percent, count) - 1);
	}

	/**
	 * The p-th percentile of the first {@code count} values, found by selection rather
	 * than sorting; the values are reordered.
	 */
	static double percentile(double[] values, int count, int percent) {
		return select(values, count, nearestRank(percent, count) - 1);
	}

	/**
	 * The mean, summed with Neumaier's compensation so that the order the values come in
	 * does not change the result's last digits.
	 */
	static double mean(double[] values, int count) {
		Sum sum = new Sum();
		for (int i = 0; i < count; i++) {
			sum.add(values[i]);
		}
		return sum.mean();
	}

	/**
	 * The bucket of a score in [0, 1], compared with the bounds k/10 as doubles, so that
	 * 0.3 falls in bucket 3 although 0.3 * 10 is not exactly 3.
	 */
	static int bucket(double value) {
		int bucket = Math.max(0, Math.min(BUCKETS - 1, (int) (value * BUCKETS)));
		if (value < lowerBound(bucket)) {
			bucket--;
		}
		else if (bucket < BUCKETS - 1 && value >= lowerBound(bucket + 1)) {
			bucket++;
		}
		return bucket;
	}

	static double lowerBound(int bucket) {
		return bucket / (double) BUCKETS;
	}

	/**
	 * The k-th smallest (0-based) of the first {@code count} values, which it sorts in
	 * place.
	 */
	static long select(long[] values, int count, int k) {
		Arrays.sort(values, 0, count);
		return values[k];
	}

	/**
	 * The k-th smallest (0-based) of the first {@code count} values, which it sorts in
	 * place.
	 */
	static double select(double[] values, int count, int k) {
		Arrays.sort(values, 0, count);
		return values[k];
	}

	/** A running sum with Neumaier's compensation, and its mean. */
	static final class Sum {

		private double sum;

		private double compensation;

		private int count;

		void add(double value) {
			double next = this.sum + value;
			this.compensation += (Math.abs(this.sum) >= Math.abs(value)) ? (this.sum - next) + value
					: (value - next) + this.sum;
			this.sum = next;
			this.count++;
		}

		int count() {
			return this.count;
		}

		/** The mean, or null without values. */
		Double mean() {
			return (this.count > 0) ? (this.sum + this.compensation) / this.count : null;
		}

	}

}
