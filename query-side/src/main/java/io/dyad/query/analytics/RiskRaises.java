package io.dyad.query.analytics;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.dyad.api.value.RiskRule;

/**
 * How often relationships became at risk, per calendar month (UTC) of the raise, and
 * which rules held. With a window, the raises within it.
 */
record RiskRaises(AnalyticsFilter filters, long raises, Map<String, Long> byRule,
		List<Month> months) implements CsvTable {

	record Month(YearMonth month, long raises, Map<String, Long> byRule) {

	}

	static RiskRaises of(Iterable<AnalyticsRow> rows, AnalyticsFilter filter) {
		int rules = RiskRule.values().length;
		Map<YearMonth, long[]> counts = new TreeMap<>();
		for (AnalyticsRow row : rows) {
			if (row.riskRaises().isEmpty() || !filter.includes(row)) {
				continue;
			}
			for (AnalyticsRow.RiskRaise raise : row.riskRaises()) {
				if (filter.within(raise.at())) {
					long[] month = counts.computeIfAbsent(YearMonth.from(raise.at().atOffset(ZoneOffset.UTC)),
							(key) -> new long[rules + 1]);
					month[rules]++;
					for (RiskRule rule : RiskRule.values()) {
						if (raise.rules().contains(rule.code())) {
							month[rule.ordinal()]++;
						}
					}
				}
			}
		}
		long[] all = new long[rules + 1];
		List<Month> months = new ArrayList<>();
		counts.forEach((month, byRule) -> {
			months.add(new Month(month, byRule[rules], AtRisk.byRule(byRule)));
			for (int i = 0; i <= rules; i++) {
				all[i] += byRule[i];
			}
		});
		return new RiskRaises(filter, all[rules], AtRisk.byRule(all), months);
	}

	@Override
	public List<String> csvHeader() {
		List<String> header = new ArrayList<>(List.of("month", "raises"));
		for (RiskRule rule : RiskRule.values()) {
			header.add(rule.code());
		}
		return header;
	}

	@Override
	public List<List<Object>> csvRows() {
		return this.months.stream().map((month) -> {
			List<Object> row = new ArrayList<>(List.of(month.month(), month.raises()));
			row.addAll(month.byRule().values());
			return row;
		}).toList();
	}

}
