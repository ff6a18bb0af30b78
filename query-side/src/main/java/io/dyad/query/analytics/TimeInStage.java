package io.dyad.query.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

		static StageTime of(Stage stage, long[] sortedNanos, int count) {
			if (count == 0) {
				return new StageTime(stage, 0, null, null, null, null);
			}
			Duration median = Duration.ofNanos(Statistics.percentile(sortedNanos, count, 50));
			Duration p90 = Duration.ofNanos(Statistics.percentile(sortedNanos, count, 90));
			return new StageTime(stage, count, median, median.getSeconds(), p90, p90.getSeconds());
		}

	}

	private static final List<Stage> ENDING = List.of(Stage.AWARENESS, Stage.EXPLORATION, Stage.EXPANSION,
			Stage.COMMITMENT);

	static TimeInStage of(Iterable<AnalyticsRow> rows, AnalyticsFilter filter) {
		long[][] nanos = new long[Stage.values().length][64];
		int[] counts = new int[Stage.values().length];
		for (AnalyticsRow row : rows) {
			if (!filter.includes(row)) {
				continue;
			}
			List<AnalyticsRow.StageEntry> entries = row.stages();
			for (int i = 0; i + 1 < entries.size(); i++) {
				Instant enteredAt = entries.get(i).enteredAt();
				Instant leftAt = entries.get(i + 1).enteredAt();
				if (filter.within(leftAt)) {
					int stage = entries.get(i).stage().ordinal();
					if (counts[stage] == nanos[stage].length) {
						nanos[stage] = Arrays.copyOf(nanos[stage], counts[stage] * 2);
					}
					nanos[stage][counts[stage]++] = Duration.between(enteredAt, leftAt).toNanos();
				}
			}
		}
		List<StageTime> stages = new ArrayList<>();
		for (Stage stage : ENDING) {
			int count = counts[stage.ordinal()];
			Arrays.sort(nanos[stage.ordinal()], 0, count);
			stages.add(StageTime.of(stage, nanos[stage.ordinal()], count));
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
