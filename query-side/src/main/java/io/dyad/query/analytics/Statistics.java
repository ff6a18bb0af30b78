package io.dyad.query.analytics;

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

	/** The p-th percentile of the first {@code count} values, which must be sorted. */
	static long percentile(long[] sorted, int count, int percent) {
		return sorted[nearestRank(percent, count) - 1];
	}

	/** The p-th percentile of the first {@code count} values, which must be sorted. */
	static double percentile(double[] sorted, int count, int percent) {
		return sorted[nearestRank(percent, count) - 1];
	}

	/**
	 * The mean, summed with Neumaier's compensation so that the order the values come in
	 * does not change the result's last digits.
	 */
	static double mean(double[] values, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("no values");
		}
		double sum = 0;
		double compensation = 0;
		for (int i = 0; i < count; i++) {
			double value = values[i];
			double next = sum + value;
			compensation += (Math.abs(sum) >= Math.abs(value)) ? (sum - next) + value : (value - next) + sum;
			sum = next;
		}
		return (sum + compensation) / count;
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

}
