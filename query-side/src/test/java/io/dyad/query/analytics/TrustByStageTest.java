package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.dyad.api.value.Stage;
import io.dyad.query.analytics.TrustByStage.Bucket;
import io.dyad.query.analytics.TrustByStage.Spread;
import io.dyad.query.analytics.TrustByStage.StageScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.dyad.query.analytics.Rows.opened;
import static io.dyad.query.analytics.Rows.through;
import static org.assertj.core.api.Assertions.assertThat;

class TrustByStageTest {

	@ParameterizedTest(name = "trust {0}: mean {1}, median {2}, buckets {3}")
	@CsvSource(delimiter = '|',
			value = { "0.3 | 0.3 | 0.3 | 0 0 0 1 0 0 0 0 0 0", "0.3 0.35 0.4 0.45 | 0.375 | 0.35 | 0 0 0 2 2 0 0 0 0 0",
					"0.0 0.1 0.95 1.0 0.9 | 0.5900000000000001 | 0.9 | 1 1 0 0 0 0 0 0 0 3",
					"0.4463875 0.165 0.3 | 0.3037958333333333 | 0.3 | 0 1 0 1 1 0 0 0 0 0" })
	void summarisesTheTrustOfTheRelationshipsInAStage(String trust, double mean, double median, String buckets) {
		List<AnalyticsRow> rows = new ArrayList<>();
		String[] scores = trust.trim().split(" +");
		for (int i = 0; i < scores.length; i++) {
			rows.add(opened("r-" + i).interacted(1, Double.parseDouble(scores[i]), 0.5));
		}

		StageScores awareness = TrustByStage.of(AnalyticsColumns.of(rows), AnalyticsFilter.NONE).stages().get(0);

		assertThat(awareness.relationships()).isEqualTo(scores.length);
		assertThat(awareness.trust().mean()).isEqualTo(mean);
		assertThat(awareness.trust().median()).isEqualTo(median);
		assertThat(awareness.trust().buckets()).extracting(Bucket::count)
			.containsExactlyElementsOf(Arrays.stream(buckets.trim().split(" +")).map(Long::valueOf).toList());
		assertThat(awareness.uncertainty().buckets().get(5).count()).isEqualTo(scores.length);
	}

	@Test
	void groupsByTheStageEachRelationshipIsInNow() {
		var rows = List.of(opened("r-1").interacted(1, 0.31, 0.9), through(opened("r-2"), 3).interacted(2, 0.52, 0.4),
				through(opened("r-3"), 3).interacted(2, 0.61, 0.2));

		List<StageScores> stages = TrustByStage.of(AnalyticsColumns.of(rows), AnalyticsFilter.NONE).stages();

		assertThat(stages).extracting(StageScores::stage).containsExactly(Stage.values());
		assertThat(stages).extracting(StageScores::relationships).containsExactly(1, 2, 0, 0, 0);
		assertThat(stages.get(1).trust().mean()).isEqualTo((0.52 + 0.61) / 2);
		assertThat(stages.get(1).trust().median()).isEqualTo(0.52);
		assertThat(stages.get(1).uncertainty().median()).isEqualTo(0.2);
		Spread empty = stages.get(2).trust();
		assertThat(empty.mean()).isNull();
		assertThat(empty.median()).isNull();
		assertThat(empty.buckets()).extracting(Bucket::count).containsOnly(0L);
		assertThat(empty.buckets()).extracting(Bucket::lower)
			.containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
		assertThat(empty.buckets().get(9).upper()).isEqualTo(1.0);
	}

}
