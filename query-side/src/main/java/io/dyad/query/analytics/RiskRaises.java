package io.dyad.query.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.RiskRule;

/**
 * How often relationships became at risk, per calendar month (UTC) of the raise, and
 * which rules held. With a window, the raises within it.
 */
record RiskRaises(AnalyticsFilter filters, long raises, Map<String, Long> byRule,
		List<Month> months) implements CsvTable {

	record Month(YearMonth month, long raises, Map<String, Long> byRule) {

	}

	static RiskRaises of(AnalyticsColumns columns, AnalyticsFilter filter) {
		int rules = RiskRule.values().length;
		MonthlyCounts counts = new MonthlyCounts(rules + 1);
		BitSet segment = columns.segment(filter);
		long from = AnalyticsColumns.nanos(filter.from(), Long.MIN_VALUE);
		long to = AnalyticsColumns.nanos(filter.to(), Long.MAX_VALUE);
		for (int raise = 0; raise < columns.raises; raise++) {
			long at = columns.raiseAt[raise];
			if ((segment != null && !segment.get(columns.raiseSlot[raise])) || at < from || at > to) {
				continue;
			}
			long[] month = counts.month(columns.raiseMonth[raise]);
			month[rules]++;
			for (RiskRule rule : RiskRule.values()) {
				if (AnalyticsColumns.holds(columns.raiseRules[raise], rule)) {
					month[rule.ordinal()]++;
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
