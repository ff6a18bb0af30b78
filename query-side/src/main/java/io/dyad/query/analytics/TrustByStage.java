package io.dyad.query.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import io.dyad.api.value.Stage;

/** Trust and uncertainty of the relationships now in each stage. */
record TrustByStage(AnalyticsFilter filters, String method, List<StageScores> stages) implements CsvTable {

	record StageScores(Stage stage, int relationships, Spread trust, Spread uncertainty) {

	}

	/** Mean and median are null when the stage holds no relationship. */
	record Spread(Double mean, Double median, List<Bucket> buckets) {

		static Spread of(double[] values, int count) {
			long[] counts = new long[Statistics.BUCKETS];
			for (int i = 0; i < count; i++) {
				counts[Statistics.bucket(values[i])]++;
			}
			List<Bucket> buckets = new ArrayList<>(Statistics.BUCKETS);
			for (int k = 0; k < Statistics.BUCKETS; k++) {
				buckets.add(new Bucket(Statistics.lowerBound(k), Statistics.lowerBound(k + 1), counts[k]));
			}
			if (count == 0) {
				return new Spread(null, null, buckets);
			}
			double mean = Statistics.mean(values, count);
			return new Spread(mean, Statistics.percentile(values, count, 50), buckets);
		}

	}

	/** Scores from lower (inclusive) to upper (exclusive, but inclusive for 1.0). */
	record Bucket(double lower, double upper, long count) {

	}

	static TrustByStage of(AnalyticsColumns columns, AnalyticsFilter filter) {
		int stageCount = AnalyticsColumns.STAGES;
		double[][] trust = new double[stageCount][64];
		double[][] uncertainty = new double[stageCount][64];
		int[] counts = new int[stageCount];
		BitSet segment = columns.segment(filter);
		for (int slot = columns.first(segment); slot >= 0; slot = columns.next(segment, slot)) {
			int stage = columns.stage[slot];
			int count = counts[stage];
			if (count == trust[stage].length) {
				trust[stage] = Arrays.copyOf(trust[stage], count * 2);
				uncertainty[stage] = Arrays.copyOf(uncertainty[stage], count * 2);
			}
			trust[stage][count] = columns.trust[slot];
			uncertainty[stage][count] = columns.uncertainty[slot];
			counts[stage]++;
		}
		List<StageScores> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			int i = stage.ordinal();
			stages.add(new StageScores(stage, counts[i], Spread.of(trust[i], counts[i]),
					Spread.of(uncertainty[i], counts[i])));
		}
		return new TrustByStage(filter, Statistics.PERCENTILE_METHOD + "; " + Statistics.BUCKET_METHOD, stages);
	}

	@Override
	public List<String> csvHeader() {
		List<String> header = new ArrayList<>(List.of("stage", "measure", "relationships", "mean", "median"));
		for (int k = 0; k < Statistics.BUCKETS; k++) {
			header.add(Statistics.lowerBound(k) + "-" + Statistics.lowerBound(k + 1));
		}
		return header;
	}

	@Override
	public List<List<Object>> csvRows() {
		List<List<Object>> rows = new ArrayList<>();
		for (StageScores stage : this.stages) {
			rows.add(row(stage, "trust", stage.trust()));
			rows.add(row(stage, "uncertainty", stage.uncertainty()));
		}
		return rows;
	}

	private static List<Object> row(StageScores stage, String measure, Spread spread) {
		List<Object> row = new ArrayList<>(
				Arrays.asList(stage.stage(), measure, stage.relationships(), spread.mean(), spread.median()));
		spread.buckets().forEach((bucket) -> row.add(bucket.count()));
		return row;
	}

}
