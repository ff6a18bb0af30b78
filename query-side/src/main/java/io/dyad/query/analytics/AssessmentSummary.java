package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

	static AssessmentSummary of(AnalyticsColumns columns, AnalyticsFilter filter) {
		Statistics.Sum[] scores = new Statistics.Sum[AnalyticsColumns.SCORES];
		Arrays.setAll(scores, (kind) -> new Statistics.Sum());
		Statistics.Sum netBenefit = new Statistics.Sum();
		long[] exchanges = new long[Exchange.values().length];
		BitSet segment = columns.segment(filter);
		long from = AnalyticsColumns.nanos(filter.from(), Long.MIN_VALUE);
		long to = AnalyticsColumns.nanos(filter.to(), Long.MAX_VALUE);
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			long assessedAt = columns.assessedAt[slot];
			if (assessedAt == AnalyticsColumns.NONE) {
				continue;
			}
			if (assessedAt >= from && assessedAt <= to) {
				for (int kind = 0; kind < AnalyticsColumns.SCORES; kind++) {
					add(scores[kind], columns.scores[kind][slot]);
				}
				netBenefit.add(columns.netBenefit[slot]);
				exchanges[columns.exchange[slot]]++;
			}
			else if (columns.reassessed.get(slot)) {
				AnalyticsRow.Assessment earlier = latestWithin(columns.rows[slot].assessments(), filter);
				if (earlier != null) {
					double[] values = AnalyticsColumns.scores(earlier);
					for (int kind = 0; kind < AnalyticsColumns.SCORES; kind++) {
						add(scores[kind], values[kind]);
					}
					netBenefit.add(earlier.netBenefit());
					exchanges[earlier.recommendedExchange().ordinal()]++;
				}
			}
		}
		int assessed = netBenefit.count();
		Map<Exchange, ExchangeShare> shares = new EnumMap<>(Exchange.class);
		for (Exchange exchange : Exchange.values()) {
			long count = exchanges[exchange.ordinal()];
			shares.put(exchange, new ExchangeShare(count, StageFunnel.rate(count, assessed)));
		}
		int benefits = Benefit.values().length;
		int negatives = Negative.values().length;
		return new AssessmentSummary(filter, BASIS, assessed, netBenefit.mean(), means(Benefit.class, scores, 0),
				means(Negative.class, scores, benefits), means(Perspective.class, scores, benefits + negatives),
				shares);
	}

	private static void add(Statistics.Sum sum, double score) {
		if (!Double.isNaN(score)) {
			sum.add(score);
		}
	}

	private static AnalyticsRow.Assessment latestWithin(List<AnalyticsRow.Assessment> assessments,
			AnalyticsFilter filter) {
		for (int i = assessments.size() - 1; i >= 0; i--) {
			if (filter.within(assessments.get(i).assessedAt())) {
				return assessments.get(i);
			}
		}
		return null;
	}

	private static <K extends Enum<K>> Map<K, Double> means(Class<K> kinds, Statistics.Sum[] scores, int offset) {
		Map<K, Double> means = new EnumMap<>(kinds);
		for (K kind : kinds.getEnumConstants()) {
			means.put(kind, scores[offset + kind.ordinal()].mean());
		}
		return means;
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

}
