package io.dyad.query.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.dyad.api.value.Stage;
import io.dyad.query.analytics.TimeInStage.StageTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.dyad.query.analytics.Rows.day;
import static io.dyad.query.analytics.Rows.opened;
import static io.dyad.query.analytics.Rows.through;
import static org.assertj.core.api.Assertions.assertThat;

class TimeInStageTest {

	@ParameterizedTest(name = "days in AWARENESS {0}: median {1}, p90 {2}")
	@CsvSource(delimiter = '|', value = { "12 | 12 | 12", "30 10 20 | 20 | 30", "1 2 3 4 | 2 | 4",
			"5 1 4 2 3 6 7 8 9 10 | 5 | 9", "1 2 3 4 5 6 7 8 9 10 11 | 6 | 10", "40 40 40 1 | 40 | 40" })
	void takesTheNearestRankMedianAndNinetiethPercentileOfEndedPeriods(String days, long median, long p90) {
		List<AnalyticsRow> rows = new ArrayList<>();
		long[] stays = Arrays.stream(days.trim().split(" +")).mapToLong(Long::parseLong).toArray();
		for (int i = 0; i < stays.length; i++) {
			rows.add(through(opened("r-" + i), stays[i]));
		}

		StageTime awareness = TimeInStage.of(AnalyticsColumns.of(rows), AnalyticsFilter.NONE).stages().get(0);

		assertThat(awareness.stage()).isEqualTo(Stage.AWARENESS);
		assertThat(awareness.periods()).isEqualTo(stays.length);
		assertThat(awareness.median()).isEqualTo(Duration.ofDays(median));
		assertThat(awareness.medianSeconds()).isEqualTo(median * 86_400);
		assertThat(awareness.p90()).isEqualTo(Duration.ofDays(p90));
		assertThat(awareness.p90Seconds()).isEqualTo(p90 * 86_400);
	}

	@Test
	void countsOnlyPeriodsThatEndedAndLeavesEmptyStagesWithoutFigures() {
		var rows = List.of(through(opened("r-1"), 4, 30), through(opened("r-2"), 6), opened("r-3"));

		List<StageTime> stages = TimeInStage.of(AnalyticsColumns.of(rows), AnalyticsFilter.NONE).stages();

		assertThat(stages).containsExactly(
				new StageTime(Stage.AWARENESS, 2, Duration.ofDays(4), 4 * 86_400L, Duration.ofDays(6), 6 * 86_400L),
				new StageTime(Stage.EXPLORATION, 1, Duration.ofDays(30), 30 * 86_400L, Duration.ofDays(30),
						30 * 86_400L),
				new StageTime(Stage.EXPANSION, 0, null, null, null, null),
				new StageTime(Stage.COMMITMENT, 0, null, null, null, null));
	}

	@Test
	void keepsPeriodsThatEndedWithinTheWindow() {
		var rows = List.of(through(opened("r-1"), 4, 30), through(opened("r-2"), 6, 3));

		List<StageTime> stages = TimeInStage
			.of(AnalyticsColumns.of(rows), new AnalyticsFilter(null, null, null, day(5), day(10)))
			.stages();

		assertThat(stages.get(0).periods()).isEqualTo(1);
		assertThat(stages.get(0).median()).isEqualTo(Duration.ofDays(6));
		assertThat(stages.get(1).periods()).isEqualTo(1);
		assertThat(stages.get(1).median()).isEqualTo(Duration.ofDays(3));
	}

	@Test
	void keepsTheNanosecondsOfADuration() {
		var row = opened("r-1");
		var moved = row.advanced(1, Stage.EXPLORATION, row.openedAt().plusSeconds(90).plusNanos(1_500));

		StageTime awareness = TimeInStage.of(AnalyticsColumns.of(List.of(moved)), AnalyticsFilter.NONE).stages().get(0);

		assertThat(awareness.median()).isEqualTo(Duration.ofSeconds(90, 1_500));
		assertThat(awareness.medianSeconds()).isEqualTo(90);
	}

}
