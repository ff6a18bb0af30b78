package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;

/**
 * The relationships at risk now, per stage and per rule that held when the risk was
 * raised. Dissolved relationships are over, so they are not counted, at risk or not.
 */
record AtRisk(AnalyticsFilter filters, long relationships, long atRisk, Map<String, Long> byRule,
		List<StageRisk> stages) implements CsvTable {

	/**
	 * @param relationships the relationships now in the stage
	 * @param byRule the at-risk relationships whose raise named each rule (both may hold)
	 */
	record StageRisk(Stage stage, long relationships, long atRisk, Map<String, Long> byRule) {

	}

	private static final List<Stage> ACTIVE = List.of(Stage.AWARENESS, Stage.EXPLORATION, Stage.EXPANSION,
			Stage.COMMITMENT);

	static AtRisk of(AnalyticsColumns columns, AnalyticsFilter filter) {
		int stages = AnalyticsColumns.STAGES;
		int rules = RiskRule.values().length;
		long[] relationships = new long[stages];
		long[] atRisk = new long[stages];
		long[][] byRule = new long[stages][rules];
		BitSet segment = columns.segment(filter);
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			int stage = columns.stage[slot];
			if (columns.dissolutionReason[slot] >= 0 || stage == Stage.DISSOLUTION.ordinal()) {
				continue;
			}
			relationships[stage]++;
			if (columns.atRisk(slot)) {
				atRisk[stage]++;
				for (RiskRule rule : RiskRule.values()) {
					if (AnalyticsColumns.holds(columns.risk[slot], rule)) {
						byRule[stage][rule.ordinal()]++;
					}
				}
			}
		}
		List<StageRisk> perStage = new ArrayList<>();
		long[] allByRule = new long[rules];
		long allRelationships = 0;
		long allAtRisk = 0;
		for (Stage stage : ACTIVE) {
			int i = stage.ordinal();
			perStage.add(new StageRisk(stage, relationships[i], atRisk[i], byRule(byRule[i])));
			allRelationships += relationships[i];
			allAtRisk += atRisk[i];
			for (int rule = 0; rule < rules; rule++) {
				allByRule[rule] += byRule[i][rule];
			}
		}
		return new AtRisk(filter, allRelationships, allAtRisk, byRule(allByRule), perStage);
	}

	static Map<String, Long> byRule(long[] counts) {
		Map<String, Long> byRule = new LinkedHashMap<>();
		for (RiskRule rule : RiskRule.values()) {
			byRule.put(rule.code(), counts[rule.ordinal()]);
		}
		return byRule;
	}

	@Override
	public List<String> csvHeader() {
		List<String> header = new ArrayList<>(List.of("stage", "relationships", "atRisk"));
		for (RiskRule rule : RiskRule.values()) {
			header.add(rule.code());
		}
		return header;
	}

	@Override
	public List<List<Object>> csvRows() {
		return this.stages.stream().map((stage) -> {
			List<Object> row = new ArrayList<>(List.of(stage.stage(), stage.relationships(), stage.atRisk()));
			row.addAll(stage.byRule().values());
			return row;
		}).toList();
	}

}
