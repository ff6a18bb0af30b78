package io.dyad.query.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import io.dyad.api.value.Stage;

/**
 * How long relationships stayed in each stage, over the stage periods that have ended
 * (from entering the stage to entering the next). With a window, the periods that ended
 * within it.
 */
record TimeInStage(AnalyticsFilter filters, String method, List<StageTime> stages) implements CsvTable {

	/** Median and p90 are null when no period of the stage has ended. */
	record StageTime(Stage stage, int periods, Duration median, Long medianSeconds, Duration p90, Long p90Seconds) {

		static StageTime of(Stage stage, long[] nanos, int count) {
			if (count == 0) {
				return new StageTime(stage, 0, null, null, null, null);
			}
			Duration median = Duration.ofNanos(Statistics.percentile(nanos, count, 50));
			Duration p90 = Duration.ofNanos(Statistics.percentile(nanos, count, 90));
			return new StageTime(stage, count, median, median.getSeconds(), p90, p90.getSeconds());
		}

	}

	private static final List<Stage> ENDING = List.of(Stage.AWARENESS, Stage.EXPLORATION, Stage.EXPANSION,
			Stage.COMMITMENT);

	static TimeInStage of(AnalyticsColumns columns, AnalyticsFilter filter) {
		long[][] nanos = new long[AnalyticsColumns.STAGES][64];
		int[] counts = new int[AnalyticsColumns.STAGES];
		BitSet segment = columns.segment(filter);
		long from = AnalyticsColumns.nanos(filter.from(), Long.MIN_VALUE);
		long to = AnalyticsColumns.nanos(filter.to(), Long.MAX_VALUE);
		long[][] enteredAt = columns.enteredAt;
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			int entered = -1;
			for (int stage = 0; stage < AnalyticsColumns.STAGES; stage++) {
				long at = enteredAt[stage][slot];
				if (at == AnalyticsColumns.NONE) {
					continue;
				}
				if (entered >= 0 && at >= from && at <= to) {
					if (counts[entered] == nanos[entered].length) {
						nanos[entered] = Arrays.copyOf(nanos[entered], counts[entered] * 2);
					}
					nanos[entered][counts[entered]++] = at - enteredAt[entered][slot];
				}
				entered = stage;
			}
		}
		List<StageTime> stages = new ArrayList<>();
		for (Stage stage : ENDING) {
			stages.add(StageTime.of(stage, nanos[stage.ordinal()], counts[stage.ordinal()]));
		}
		return new TimeInStage(filter, Statistics.PERCENTILE_METHOD, stages);
	}

	@Override
	public List<String> csvHeader() {
		return List.of("stage", "periods", "median", "medianSeconds", "p90", "p90Seconds");
	}

	@Override
	public List<List<Object>> csvRows() {
		return this.stages.stream()
			.map((stage) -> Arrays.<Object>asList(stage.stage(), stage.periods(), stage.median(), stage.medianSeconds(),
					stage.p90(), stage.p90Seconds()))
			.toList();
	}

}
