package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.Arrays;
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

	static StageFunnel of(Iterable<AnalyticsRow> rows, AnalyticsFilter filter) {
		long[] reached = new long[Stage.values().length];
		long[] dissolvedFrom = new long[Stage.values().length];
		long relationships = 0;
		for (AnalyticsRow row : rows) {
			if (!filter.includes(row) || !filter.within(row.openedAt())) {
				continue;
			}
			relationships++;
			for (AnalyticsRow.StageEntry entry : row.stages()) {
				reached[entry.stage().ordinal()]++;
			}
			if (row.dissolution() != null) {
				dissolvedFrom[row.dissolution().stage().ordinal()]++;
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
