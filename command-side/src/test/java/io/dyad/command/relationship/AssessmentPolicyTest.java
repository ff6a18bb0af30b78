package io.dyad.command.relationship;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.Negative;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssessmentPolicyTest {

	@ParameterizedTest(name = "benefits {0} and negatives {1} net {2}, recommending {3}")
	@CsvSource({ "4 4 4 4 4 4 4,   1 1 1 1 1,  3.0000, RELATIONAL", "4 3 5 2 4 3 4,   1 2 1 3 2,  1.7714, RELATIONAL",
			"1 0 0 0 0 0 0,   0 0 0 0 0,  0.1429, RELATIONAL", "2 2 2 2 2 2 2,   2 2 2 2 2,  0.0000, TRANSACTIONAL",
			"0 0 0 0 0 0 0,   5 5 5 5 5, -5.0000, TRANSACTIONAL",
			"2.5 3 3 3 3 3 3, 3 3 3 3 3, -0.0714, TRANSACTIONAL" })
	void weighsTheMeanBenefitAgainstTheMeanNegative(String benefitScores, String negativeScores, double netBenefit,
			Exchange exchange) {
		double net = AssessmentPolicy.netBenefit(scores(Benefit.class, benefitScores),
				scores(Negative.class, negativeScores));

		assertThat(net).isCloseTo(netBenefit, within(0.00005));
		assertThat(AssessmentPolicy.recommendedExchange(net)).isEqualTo(exchange);
	}

	private static <K extends Enum<K>> Map<K, Double> scores(Class<K> items, String scores) {
		double[] values = Arrays.stream(scores.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
		Map<K, Double> map = new EnumMap<>(items);
		for (K item : items.getEnumConstants()) {
			map.put(item, values[item.ordinal()]);
		}
		return map;
	}

}
