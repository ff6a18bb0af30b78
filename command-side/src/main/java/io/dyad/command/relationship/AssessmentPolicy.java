package io.dyad.command.relationship;

import java.util.Map;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.Negative;

/**
 * Weighs a relationship's benefits against its negatives (Sweeney and Webb) and
 * recommends the exchange that fits.
 */
final class AssessmentPolicy {

	private AssessmentPolicy() {
	}

	/** Mean of the benefit scores less the mean of the negative scores. */
	static double netBenefit(Map<Benefit, Double> benefits, Map<Negative, Double> negatives) {
		return mean(benefits, Benefit.values()) - mean(negatives, Negative.values());
	}

	static Exchange recommendedExchange(double netBenefit) {
		return (netBenefit > 0) ? Exchange.RELATIONAL : Exchange.TRANSACTIONAL;
	}

	/** Sums in declaration order, so the same scores always give the same double. */
	private static <K> double mean(Map<K, Double> scores, K[] items) {
		double sum = 0;
		for (K item : items) {
			sum += scores.get(item);
		}
		return sum / items.length;
	}

}
