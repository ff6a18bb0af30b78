package io.dyad.query.analytics;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTest {

	@ParameterizedTest(name = "p{0} of {1} values is rank {2}")
	@CsvSource({ "50, 1, 1", "50, 2, 1", "50, 3, 2", "50, 4, 2", "50, 5, 3", "50, 10, 5", "50, 11, 6", "90, 1, 1",
			"90, 2, 2", "90, 9, 9", "90, 10, 9", "90, 11, 10", "90, 19, 18", "90, 20, 18", "90, 21, 19", "90, 100, 90",
			"90, 101, 91", "100, 7, 7", "1, 7, 1" })
	void ranksPercentilesByNearestRank(int percent, int count, int rank) {
		assertThat(Statistics.nearestRank(percent, count)).isEqualTo(rank);
	}

	@ParameterizedTest(name = "{0}: median {1}, p90 {2}")
	@CsvSource(delimiter = '|', value = { "7 | 7 | 7", "3 1 2 | 2 | 3", "4 1 3 2 | 2 | 4", "10 20 30 40 50 | 30 | 50",
			"1 2 3 4 5 6 7 8 9 10 | 5 | 9", "11 10 9 8 7 6 5 4 3 2 1 | 6 | 10", "5 5 5 1 | 5 | 5" })
	void takesMediansAndNinetiethPercentilesFromTheValuesThatOccurred(String values, long median, long p90) {
		long[] sorted = Arrays.stream(values.trim().split(" +")).mapToLong(Long::parseLong).sorted().toArray();

		assertThat(Statistics.percentile(sorted, sorted.length, 50)).isEqualTo(median);
		assertThat(Statistics.percentile(sorted, sorted.length, 90)).isEqualTo(p90);
	}

	@ParameterizedTest(name = "mean of {0} is {1}")
	@CsvSource(delimiter = '|', value = { "0.3 | 0.3", "0.3 0.5 | 0.4", "0.1 0.2 0.3 0.4 | 0.25",
			"0.4463875 0.3 0.165 | 0.3037958333333333", "1e16 1 -1e16 | 0.3333333333333333" })
	void averagesWithoutLosingDigitsToTheOrderOfValues(String values, double mean) {
		double[] numbers = Arrays.stream(values.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();

		assertThat(Statistics.mean(numbers, numbers.length)).isEqualTo(mean);
	}

	@ParameterizedTest(name = "{0} falls in bucket {1}")
	@CsvSource({ "0.0, 0", "0.05, 0", "0.09999999999999999, 0", "0.1, 1", "0.2, 2", "0.3, 3", "0.29999999999999993, 2",
			"0.30000000000000004, 3", "0.4463875, 4", "0.5, 5", "0.6, 6", "0.7, 7", "0.6999999999999998, 6", "0.8, 8",
			"0.8999999999999999, 8", "0.9, 9", "0.99, 9", "1.0, 9" })
	void putsScoresInTenBucketsWithInclusiveLowerBounds(double score, int bucket) {
		assertThat(Statistics.bucket(score)).isEqualTo(bucket);
	}

}
