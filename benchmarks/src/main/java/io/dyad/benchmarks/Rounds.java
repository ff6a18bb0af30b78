package io.dyad.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The figures of the measured rounds of one measurement. */
final class Rounds {

	private Rounds() {
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** "median of 3 rounds: 1,020 / 998 / 1,011", or "1 round: 1,020". */
	static String describe(double[] values) {
		String rounds = (values.length == 1) ? "1 round: " : "median of " + values.length + " rounds: ";
		return rounds + Arrays.stream(values).mapToObj(Report::format).collect(Collectors.joining(" / "));
	}

}
