package io.dyad.query.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.query.MongoTestServer;
import io.dyad.query.RelationshipEvents;
import org.bson.Document;

/**
 * Not a test: loads synthetic relationships into the analytics read model over
 * mongo-java-server, then times each analytics answer (computed and written as JSON, as a
 * request would be, without the HTTP round trip). How to run it, and the figures: README,
 * Benchmarks. The first argument is the number of relationships, 100,000 by default.
 */
public final class AnalyticsBenchmark {

	private static final Instant START = Instant.parse("2023-01-02T00:00:00Z");

	private static final int WARM_UP = 30;

	private static final int RUNS = 200;

	private AnalyticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int relationships = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
		try (MongoTestServer mongo = new MongoTestServer()) {
			long written = System.nanoTime();
			store(mongo, synthetic(relationships, new Random(42)));
			System.out.printf("stored %,d rows in MongoDB in %,d ms%n", relationships, millis(written));

			AnalyticsProjection projection = new AnalyticsProjection(new AnalyticsRows(mongo.database()));
			long loaded = System.nanoTime();
			projection.stageCounts(AnalyticsFilter.NONE, null);
			System.out.printf("loaded them into memory at first use in %,d ms%n", millis(loaded));

			AnalyticsFilter supplier = new AnalyticsFilter("supplier-7", null, null, null, null);
			AnalyticsFilter segment = new AnalyticsFilter(null, "client-1", "region-3",
					Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T23:59:59Z"));
			Instant asOf = Instant.parse("2024-06-30T00:00:00Z");
			Map<String, Supplier<Object>> requests = new LinkedHashMap<>();
			for (Map.Entry<String, AnalyticsFilter> filter : Map
				.of("all", AnalyticsFilter.NONE, "supplier", supplier, "segment+window", segment)
				.entrySet()) {
				AnalyticsFilter f = filter.getValue();
				String by = " (" + filter.getKey() + ")";
				requests.put("stages" + by, () -> projection.stageCounts(f, null));
				requests.put("stages asOf" + by, () -> projection.stageCounts(f, asOf));
				requests.put("funnel" + by, () -> projection.funnel(f));
				requests.put("time-in-stage" + by, () -> projection.timeInStage(f));
				requests.put("trust" + by, () -> projection.trustByStage(f));
				requests.put("dissolutions" + by, () -> projection.dissolutions(f));
				requests.put("at-risk" + by, () -> projection.atRisk(f));
				requests.put("at-risk/raises" + by, () -> projection.riskRaises(f));
				requests.put("assessments" + by, () -> projection.assessments(f));
			}
			System.out.printf("%-36s %10s %10s %10s%n", "answer (filter)", "p50 ms", "p99 ms", "max ms");
			for (Map.Entry<String, Supplier<Object>> request : requests.entrySet()) {
				long[] nanos = new long[RUNS];
				for (int run = -WARM_UP; run < RUNS; run++) {
					long began = System.nanoTime();
					json.writeValueAsBytes(request.getValue().get());
					if (run >= 0) {
						nanos[run] = System.nanoTime() - began;
					}
				}
				Arrays.sort(nanos);
				System.out.printf("%-36s %10.2f %10.2f %10.2f%n", request.getKey(),
						Statistics.percentile(nanos, RUNS, 50) / 1e6, Statistics.percentile(nanos, RUNS, 99) / 1e6,
						nanos[RUNS - 1] / 1e6);
			}

			int events = 5_000;
			long applied = System.nanoTime();
			for (int i = 0; i < events; i++) {
				projection.on(
						RelationshipEvents.interaction("rel-" + (i % relationships), "bench-" + i,
								InteractionKind.COMMUNICATION, Outcome.POSITIVE, START.plusSeconds(i), 0.5, 0.5),
						1_000 + i);
			}
			System.out.printf("applied %,d events through the projection in %,d ms%n", events, millis(applied));
		}
	}

	private static void store(MongoTestServer mongo, List<AnalyticsRow> rows) {
		var collection = mongo.database().getCollection(AnalyticsRows.COLLECTION);
		List<Document> batch = new ArrayList<>();
		for (AnalyticsRow row : rows) {
			batch.add(AnalyticsRowDocument.write(row));
			if (batch.size() == 1_000) {
				collection.insertMany(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			collection.insertMany(batch);
		}
	}

	/**
	 * Relationships opened over two years, most moving on a stage or two, some at risk, a
	 * quarter dissolved, a third assessed: the shape of a real portfolio.
	 */
	static List<AnalyticsRow> synthetic(int count, Random random) {
		List<AnalyticsRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant openedAt = START.plusSeconds(random.nextInt(730 * 86_400));
			AnalyticsRow row = AnalyticsRow.opened("rel-" + i, 0, "supplier-" + random.nextInt(50),
					"client-" + random.nextInt(20_000), List.of("region-" + random.nextInt(8)), openedAt,
					Stage.AWARENESS, RelationalType.values()[random.nextInt(RelationalType.values().length)], 0.3, 1.0);
			long version = 0;
			Instant at = openedAt;
			int steps = random.nextInt(4);
			for (int step = 0; step < steps; step++) {
				at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 120)));
				row = row.advanced(++version, Stage.values()[step + 1], at);
			}
			row = row.interacted(++version, random.nextDouble(), random.nextDouble());
			if (random.nextInt(10) == 0) {
				at = at.plus(Duration.ofDays(random.nextInt(30)));
				row = row.classified(++version, RelationalType.MAJOR_SUPPLIER, at);
			}
			if (random.nextInt(8) == 0) {
				at = at.plus(Duration.ofDays(random.nextInt(30)));
				row = row.raisedRisk(++version, List.of("conflict-burst"), at);
				if (random.nextBoolean()) {
					row = row.clearedRisk(++version);
				}
			}
			if (random.nextInt(3) == 0) {
				at = at.plus(Duration.ofDays(random.nextInt(30)));
				row = row.assessed(++version, assessment(random, at));
			}
			if (random.nextInt(4) == 0) {
				at = at.plus(Duration.ofDays(random.nextInt(60)));
				row = row.dissolved(++version,
						new AnalyticsRow.Dissolution(
								DissolutionReason.values()[random.nextInt(DissolutionReason.values().length)],
								DissolutionInitiator.values()[random.nextInt(DissolutionInitiator.values().length)], at,
								row.stage()));
				row = row.advanced(++version, Stage.DISSOLUTION, at);
			}
			rows.add(row);
		}
		return rows;
	}

	private static AnalyticsRow.Assessment assessment(Random random, Instant at) {
		Map<Benefit, Double> benefits = new EnumMap<>(Benefit.class);
		Arrays.stream(Benefit.values()).forEach((kind) -> benefits.put(kind, (double) random.nextInt(6)));
		Map<Negative, Double> negatives = new EnumMap<>(Negative.class);
		Arrays.stream(Negative.values()).forEach((kind) -> negatives.put(kind, (double) random.nextInt(6)));
		Map<Perspective, Double> perspectives = new EnumMap<>(Perspective.class);
		Arrays.stream(Perspective.values()).forEach((kind) -> perspectives.put(kind, (double) random.nextInt(6)));
		double net = benefits.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow()
				- negatives.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return new AnalyticsRow.Assessment(at, benefits, negatives, perspectives, net,
				(net > 0) ? Exchange.RELATIONAL : Exchange.TRANSACTIONAL);
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

}
