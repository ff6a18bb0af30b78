package io.dyad.query.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;

/**
 * Why relationships ended and who ended them, per calendar month (UTC) of the
 * dissolution's occurredAt. With a window, the dissolutions that occurred within it.
 */
record Dissolutions(AnalyticsFilter filters, long dissolutions, Map<DissolutionReason, Long> byReason,
		Map<DissolutionInitiator, Long> byInitiator, List<Month> months) implements CsvTable {

	/**
	 * @param byReasonAndInitiator the combinations that occurred
	 */
	record Month(YearMonth month, long dissolutions, Map<DissolutionReason, Long> byReason,
			Map<DissolutionInitiator, Long> byInitiator, List<ReasonAndInitiator> byReasonAndInitiator) {

	}

	record ReasonAndInitiator(DissolutionReason reason, DissolutionInitiator initiatedBy, long dissolutions) {

	}

	private static final int REASONS = DissolutionReason.values().length;

	private static final int INITIATORS = DissolutionInitiator.values().length;

	static Dissolutions of(AnalyticsColumns columns, AnalyticsFilter filter) {
		MonthlyCounts counts = new MonthlyCounts(REASONS * INITIATORS);
		BitSet segment = columns.segment(filter);
		long from = AnalyticsColumns.nanos(filter.from(), Long.MIN_VALUE);
		long to = AnalyticsColumns.nanos(filter.to(), Long.MAX_VALUE);
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			long at = columns.dissolvedAt[slot];
			if (columns.dissolutionReason[slot] < 0 || at < from || at > to) {
				continue;
			}
			counts.month(columns.dissolvedMonth[slot])[columns.dissolutionReason[slot] * INITIATORS
					+ columns.dissolutionInitiator[slot]]++;
		}
		long[][] all = new long[REASONS][INITIATORS];
		List<Month> months = new ArrayList<>();
		counts.forEach((month, counters) -> {
			long[][] byCombination = new long[REASONS][INITIATORS];
			for (int reason = 0; reason < REASONS; reason++) {
				System.arraycopy(counters, reason * INITIATORS, byCombination[reason], 0, INITIATORS);
			}
			List<ReasonAndInitiator> combinations = new ArrayList<>();
			for (DissolutionReason reason : DissolutionReason.values()) {
				for (DissolutionInitiator initiator : DissolutionInitiator.values()) {
					long count = byCombination[reason.ordinal()][initiator.ordinal()];
					all[reason.ordinal()][initiator.ordinal()] += count;
					if (count > 0) {
						combinations.add(new ReasonAndInitiator(reason, initiator, count));
					}
				}
			}
			months.add(new Month(month, total(byCombination), byReason(byCombination), byInitiator(byCombination),
					combinations));
		});
		return new Dissolutions(filter, total(all), byReason(all), byInitiator(all), months);
	}

	private static long total(long[][] counts) {
		long total = 0;
		for (long[] byInitiator : counts) {
			for (long count : byInitiator) {
				total += count;
			}
		}
		return total;
	}

	private static Map<DissolutionReason, Long> byReason(long[][] counts) {
		Map<DissolutionReason, Long> byReason = new EnumMap<>(DissolutionReason.class);
		for (DissolutionReason reason : DissolutionReason.values()) {
			long sum = 0;
			for (long count : counts[reason.ordinal()]) {
				sum += count;
			}
			byReason.put(reason, sum);
		}
		return byReason;
	}

	private static Map<DissolutionInitiator, Long> byInitiator(long[][] counts) {
		Map<DissolutionInitiator, Long> byInitiator = new EnumMap<>(DissolutionInitiator.class);
		for (DissolutionInitiator initiator : DissolutionInitiator.values()) {
			long sum = 0;
			for (long[] byReason : counts) {
				sum += byReason[initiator.ordinal()];
			}
			byInitiator.put(initiator, sum);
		}
		return byInitiator;
	}

	@Override
	public List<String> csvHeader() {
		return List.of("month", "reason", "initiatedBy", "dissolutions");
	}

	@Override
	public List<List<Object>> csvRows() {
		List<List<Object>> rows = new ArrayList<>();
		for (Month month : this.months) {
			for (ReasonAndInitiator combination : month.byReasonAndInitiator()) {
				rows.add(List.of(month.month(), combination.reason(), combination.initiatedBy(),
						combination.dissolutions()));
			}
		}
		return rows;
	}

}
