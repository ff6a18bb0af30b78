package io.dyad.query.analytics;

import java.util.Arrays;
import java.util.List;

import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Stage;
import io.dyad.query.analytics.StageFunnel.FunnelStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.dyad.query.analytics.Rows.day;
import static io.dyad.query.analytics.Rows.dissolve;
import static io.dyad.query.analytics.Rows.opened;
import static io.dyad.query.analytics.Rows.through;
import static org.assertj.core.api.Assertions.assertThat;

class StageFunnelTest {

	@ParameterizedTest(name = "reached {0}, dissolved from {1}")
	@CsvSource(delimiter = '|',
			value = { "10 6 3 1 2 | 2 1 0 0 | 0.6 0.5 0.3333333333333333 | 0.2 0.16666666666666666 0.0 0.0",
					"4 4 4 4 0 | 0 0 0 0 | 1.0 1.0 1.0 | 0.0 0.0 0.0 0.0", "3 0 0 0 3 | 3 0 0 0 | 0.0 - - | 1.0 - - -",
					"0 0 0 0 0 | 0 0 0 0 | - - - | - - - -" })
	void ratesEachStageAgainstTheRelationshipsThatReachedIt(String reached, String dissolvedFrom, String conversions,
			String dissolutions) {
		List<FunnelStage> stages = StageFunnel.stages(longs(reached), longs(dissolvedFrom + " 0"));

		assertThat(stages).extracting(FunnelStage::conversionRate)
			.containsExactlyElementsOf(rates(conversions + " - -", 5));
		assertThat(stages).extracting(FunnelStage::dissolutionRate)
			.containsExactlyElementsOf(rates(dissolutions + " -", 5));
		assertThat(stages).extracting(FunnelStage::reached)
			.containsExactly(longs(reached)[0], longs(reached)[1], longs(reached)[2], longs(reached)[3],
					longs(reached)[4]);
	}

	@Test
	void countsWhatEachRelationshipEverReachedAndWhereItEnded() {
		var committed = through(opened("r-1"), 5, 10, 100);
		var expanding = through(opened("r-2"), 5, 10);
		var dissolvedExploring = dissolve(through(opened("r-3"), 3), DissolutionReason.MARKET_CHANGE,
				DissolutionInitiator.CLIENT, day(9));
		var dissolvedAware = dissolve(opened("r-4"), DissolutionReason.HIGH_CONFLICT, DissolutionInitiator.SUPPLIER,
				day(2));

		StageFunnel funnel = StageFunnel.of(
				AnalyticsColumns.of(List.of(committed, expanding, dissolvedExploring, dissolvedAware)),
				AnalyticsFilter.NONE);

		assertThat(funnel.relationships()).isEqualTo(4);
		assertThat(funnel.stages()).containsExactly(
				new FunnelStage(Stage.AWARENESS, 4, Stage.EXPLORATION, 3L, 0.75, 1L, 0.25),
				new FunnelStage(Stage.EXPLORATION, 3, Stage.EXPANSION, 2L, 2.0 / 3, 1L, 1.0 / 3),
				new FunnelStage(Stage.EXPANSION, 2, Stage.COMMITMENT, 1L, 0.5, 0L, 0.0),
				new FunnelStage(Stage.COMMITMENT, 1, null, null, null, 0L, 0.0),
				new FunnelStage(Stage.DISSOLUTION, 2, null, null, null, null, null));
	}

	@Test
	void followsTheCohortOpenedWithinTheWindow() {
		var early = through(opened("r-1", "acme", "globex", day(0)), 5);
		var inWindow = through(opened("r-2", "acme", "globex", day(30)), 5, 10);
		var late = opened("r-3", "acme", "globex", day(60));

		StageFunnel funnel = StageFunnel.of(AnalyticsColumns.of(List.of(early, inWindow, late)),
				new AnalyticsFilter(null, null, null, day(30), day(59)));

		assertThat(funnel.relationships()).isEqualTo(1);
		assertThat(funnel.stages()).extracting(FunnelStage::reached).containsExactly(1L, 1L, 1L, 0L, 0L);
	}

	private static long[] longs(String values) {
		return Arrays.stream(values.trim().split(" +")).mapToLong(Long::parseLong).toArray();
	}

	private static List<Double> rates(String values, int count) {
		return Arrays.stream(values.trim().split(" +"))
			.limit(count)
			.map((value) -> value.equals("-") ? null : Double.valueOf(value))
			.toList();
	}

}
