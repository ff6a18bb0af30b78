package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;

/**
 * What the relationships' latest assessments say: the mean score of each benefit,
 * negative and perspective, the mean net benefit, and the share of relationships whose
 * latest assessment recommends each exchange. Each assessed relationship counts once,
 * with its latest assessment (with a window, its latest assessed within it), so that a
 * relationship assessed often does not outweigh the others.
 */
record AssessmentSummary(AnalyticsFilter filters, String basis, long relationships, Double meanNetBenefit,
		Map<Benefit, Double> benefits, Map<Negative, Double> negatives, Map<Perspective, Double> perspectives,
		Map<Exchange, ExchangeShare> recommendedExchange) implements CsvTable {

	static final String BASIS = "each relationship's latest assessment (the last recorded, with a window the last"
			+ " whose assessedAt lies within it); means are over those assessments, shares are of the relationships"
			+ " that have one";

	/**
	 * @param share relationships recommended this exchange / relationships assessed
	 */
	record ExchangeShare(long relationships, Double share) {

	}

	static AssessmentSummary of(Iterable<AnalyticsRow> rows, AnalyticsFilter filter) {
		Means<Benefit> benefits = new Means<>(Benefit.values());
		Means<Negative> negatives = new Means<>(Negative.values());
		Means<Perspective> perspectives = new Means<>(Perspective.values());
		double[] netBenefits = new double[64];
		long[] exchanges = new long[Exchange.values().length];
		int assessed = 0;
		for (AnalyticsRow row : rows) {
			if (row.assessments().isEmpty() || !filter.includes(row)) {
				continue;
			}
			AnalyticsRow.Assessment latest = latest(row.assessments(), filter);
			if (latest == null) {
				continue;
			}
			benefits.add(latest.benefits());
			negatives.add(latest.negatives());
			perspectives.add(latest.perspectives());
			if (assessed == netBenefits.length) {
				netBenefits = Arrays.copyOf(netBenefits, assessed * 2);
			}
			netBenefits[assessed++] = latest.netBenefit();
			exchanges[latest.recommendedExchange().ordinal()]++;
		}
		Map<Exchange, ExchangeShare> shares = new EnumMap<>(Exchange.class);
		for (Exchange exchange : Exchange.values()) {
			long count = exchanges[exchange.ordinal()];
			shares.put(exchange, new ExchangeShare(count, StageFunnel.rate(count, assessed)));
		}
		return new AssessmentSummary(filter, BASIS, assessed,
				(assessed > 0) ? Statistics.mean(netBenefits, assessed) : null, benefits.means(Benefit.class),
				negatives.means(Negative.class), perspectives.means(Perspective.class), shares);
	}

	private static AnalyticsRow.Assessment latest(List<AnalyticsRow.Assessment> assessments, AnalyticsFilter filter) {
		for (int i = assessments.size() - 1; i >= 0; i--) {
			if (filter.within(assessments.get(i).assessedAt())) {
				return assessments.get(i);
			}
		}
		return null;
	}

	@Override
	public List<String> csvHeader() {
		return List.of("measure", "kind", "relationships", "value");
	}

	@Override
	public List<List<Object>> csvRows() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(Arrays.asList("netBenefit", null, this.relationships, this.meanNetBenefit));
		this.benefits.forEach((kind, mean) -> rows.add(Arrays.asList("benefit", kind, this.relationships, mean)));
		this.negatives.forEach((kind, mean) -> rows.add(Arrays.asList("negative", kind, this.relationships, mean)));
		this.perspectives
			.forEach((kind, mean) -> rows.add(Arrays.asList("perspective", kind, this.relationships, mean)));
		this.recommendedExchange.forEach((exchange, share) -> rows
			.add(Arrays.asList("recommendedExchange", exchange, share.relationships(), share.share())));
		return rows;
	}

	/**
	 * The scores of each kind, to average; a kind missing from an assessment is skipped.
	 */
	private static final class Means<K extends Enum<K>> {

		private final K[] kinds;

		private final double[][] scores;

		private final int[] counts;

		Means(K[] kinds) {
			this.kinds = kinds;
			this.scores = new double[kinds.length][64];
			this.counts = new int[kinds.length];
		}

		void add(Map<K, Double> assessment) {
			assessment.forEach((kind, score) -> {
				int i = kind.ordinal();
				if (this.counts[i] == this.scores[i].length) {
					this.scores[i] = Arrays.copyOf(this.scores[i], this.counts[i] * 2);
				}
				this.scores[i][this.counts[i]++] = score;
			});
		}

		Map<K, Double> means(Class<K> type) {
			Map<K, Double> means = new EnumMap<>(type);
			for (K kind : this.kinds) {
				int i = kind.ordinal();
				means.put(kind, (this.counts[i] > 0) ? Statistics.mean(this.scores[i], this.counts[i]) : null);
			}
			return means;
		}

	}

}
