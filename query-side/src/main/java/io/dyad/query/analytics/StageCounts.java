package io.dyad.query.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/**
 * How many relationships are in each stage and of each relational type, now or as of an
 * instant: a relationship counts from its opening, in the last stage it entered and the
 * last type it was given at or before the instant.
 */
record StageCounts(Instant asOf, AnalyticsFilter filters, long relationships, Map<Stage, Long> byStage,
		Map<RelationalType, Long> byRelationalType, List<Cell> byStageAndType) implements CsvTable {

	record Cell(Stage stage, RelationalType relationalType, long relationships) {

	}

	static StageCounts of(AnalyticsColumns columns, AnalyticsFilter filter, Instant asOf) {
		long[][] counts = new long[Stage.values().length][RelationalType.values().length];
		BitSet segment = columns.segment(filter);
		long asOfNanos = AnalyticsColumns.nanos(asOf, Long.MAX_VALUE);
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			int stage = (asOf != null) ? stageAsOf(columns, slot, asOfNanos) : columns.stage[slot];
			if (stage < 0) {
				continue;
			}
			int type = (asOf != null && columns.reclassified.get(slot)) ? columns.rows[slot].typeAsOf(asOf).ordinal()
					: columns.type[slot];
			counts[stage][type]++;
		}
		long total = 0;
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		Map<RelationalType, Long> byType = new EnumMap<>(RelationalType.class);
		List<Cell> cells = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			for (RelationalType type : RelationalType.values()) {
				long count = counts[stage.ordinal()][type.ordinal()];
				total += count;
				byStage.merge(stage, count, Long::sum);
				byType.merge(type, count, Long::sum);
				cells.add(new Cell(stage, type, count));
			}
		}
		return new StageCounts(asOf, filter, total, byStage, byType, cells);
	}

	/**
	 * The furthest stage entered by the instant, looking back from the current one; -1
	 * before the opening.
	 */
	private static int stageAsOf(AnalyticsColumns columns, int slot, long asOf) {
		for (int stage = columns.stage[slot]; stage >= 0; stage--) {
			long entered = columns.enteredAt[stage][slot];
			if (entered != AnalyticsColumns.NONE && entered <= asOf) {
				return stage;
			}
		}
		return -1;
	}

	@Override
	public List<String> csvHeader() {
		return List.of("stage", "relationalType", "relationships");
	}

	@Override
	public List<List<Object>> csvRows() {
		return this.byStageAndType.stream()
			.map((cell) -> List.<Object>of(cell.stage(), cell.relationalType(), cell.relationships()))
			.toList();
	}

}
