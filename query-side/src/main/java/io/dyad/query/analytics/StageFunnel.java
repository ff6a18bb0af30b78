package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import io.dyad.api.value.Stage;

/**
 * How far relationships got: for each stage, how many ever reached it, the share of those
 * that reached the next stage, and the share dissolved from it. With a window, the cohort
 * is the relationships opened within it, followed up to now.
 */
record StageFunnel(AnalyticsFilter filters, long relationships, List<FunnelStage> stages) implements CsvTable {

	/**
	 * @param conversionRate reached the next stage / reached this one; null for the last
	 * stage or when none reached this one
	 * @param dissolutionRate dissolved from this stage / reached this one
	 */
	record FunnelStage(Stage stage, long reached, Stage nextStage, Long reachedNext, Double conversionRate,
			Long dissolved, Double dissolutionRate) {

	}

	private static final List<Stage> PROGRESSION = List.of(Stage.AWARENESS, Stage.EXPLORATION, Stage.EXPANSION,
			Stage.COMMITMENT);

	static StageFunnel of(AnalyticsColumns columns, AnalyticsFilter filter) {
		long[] reached = new long[AnalyticsColumns.STAGES];
		long[] dissolvedFrom = new long[AnalyticsColumns.STAGES];
		long relationships = 0;
		BitSet segment = columns.segment(filter);
		long from = AnalyticsColumns.nanos(filter.from(), Long.MIN_VALUE);
		long to = AnalyticsColumns.nanos(filter.to(), Long.MAX_VALUE);
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			long openedAt = columns.openedAt[slot];
			if (openedAt < from || openedAt > to) {
				continue;
			}
			relationships++;
			for (int stage = 0; stage < AnalyticsColumns.STAGES; stage++) {
				if (columns.enteredAt[stage][slot] != AnalyticsColumns.NONE) {
					reached[stage]++;
				}
			}
			if (columns.dissolutionReason[slot] >= 0) {
				dissolvedFrom[columns.dissolvedFrom[slot]]++;
			}
		}
		return new StageFunnel(filter, relationships, stages(reached, dissolvedFrom));
	}

	static List<FunnelStage> stages(long[] reached, long[] dissolvedFrom) {
		List<FunnelStage> stages = new ArrayList<>();
		for (int i = 0; i < PROGRESSION.size(); i++) {
			Stage stage = PROGRESSION.get(i);
			long reachedStage = reached[stage.ordinal()];
			Stage next = (i + 1 < PROGRESSION.size()) ? PROGRESSION.get(i + 1) : null;
			Long reachedNext = (next != null) ? reached[next.ordinal()] : null;
			long dissolved = dissolvedFrom[stage.ordinal()];
			stages.add(new FunnelStage(stage, reachedStage, next, reachedNext,
					(reachedNext != null) ? rate(reachedNext, reachedStage) : null, dissolved,
					rate(dissolved, reachedStage)));
		}
		stages.add(
				new FunnelStage(Stage.DISSOLUTION, reached[Stage.DISSOLUTION.ordinal()], null, null, null, null, null));
		return stages;
	}

	static Double rate(long part, long whole) {
		return (whole > 0) ? (double) part / whole : null;
	}

	@Override
	public List<String> csvHeader() {
		return List.of("stage", "reached", "nextStage", "reachedNext", "conversionRate", "dissolved",
				"dissolutionRate");
	}

	@Override
	public List<List<Object>> csvRows() {
		return this.stages.stream()
			.map((stage) -> Arrays.<Object>asList(stage.stage(), stage.reached(), stage.nextStage(),
					stage.reachedNext(), stage.conversionRate(), stage.dissolved(), stage.dissolutionRate()))
			.toList();
	}

}
