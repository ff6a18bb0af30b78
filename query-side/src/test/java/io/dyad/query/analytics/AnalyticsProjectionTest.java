package io.dyad.query.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.query.MongoTestServer;
import io.dyad.query.ProcessorBatch;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.advanced;
import static io.dyad.query.RelationshipEvents.atRisk;
import static io.dyad.query.RelationshipEvents.classified;
import static io.dyad.query.RelationshipEvents.interaction;
import static io.dyad.query.RelationshipEvents.riskCleared;
import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsProjectionTest {

	private static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private MongoTestServer mongo;

	private AnalyticsProjection projection;

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.projection = new AnalyticsProjection(new AnalyticsRows(this.mongo.database()));
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void countsRelationshipsPerStageAndTypeNowAndAsOfAnInstant() {
		exploringThenMajorSupplier("r-1");
		this.projection.on(opened("r-2", "acme", "initech", List.of()), 0);

		StageCounts now = this.projection.stageCounts(AnalyticsFilter.NONE, null);
		StageCounts beforeTheStep = this.projection.stageCounts(AnalyticsFilter.NONE, day(3));
		StageCounts beforeAnyOpening = this.projection.stageCounts(AnalyticsFilter.NONE, day(-1));

		assertThat(now.relationships()).isEqualTo(2);
		assertThat(now.byStage()).containsEntry(Stage.AWARENESS, 1L).containsEntry(Stage.EXPLORATION, 1L);
		assertThat(now.byRelationalType()).containsEntry(RelationalType.PROSPECTING, 1L)
			.containsEntry(RelationalType.MAJOR_SUPPLIER, 1L);
		assertThat(now.byStageAndType()).contains(
				new StageCounts.Cell(Stage.EXPLORATION, RelationalType.MAJOR_SUPPLIER, 1),
				new StageCounts.Cell(Stage.AWARENESS, RelationalType.PROSPECTING, 1));
		assertThat(beforeTheStep.byStage()).containsEntry(Stage.AWARENESS, 2L).containsEntry(Stage.EXPLORATION, 0L);
		assertThat(beforeTheStep.byRelationalType()).containsEntry(RelationalType.PROSPECTING, 2L);
		assertThat(beforeAnyOpening.relationships()).isZero();
	}

	@Test
	void filtersBySupplierClientPrefixAndTag() {
		this.projection.on(opened("r-1", "acme", "globex-eu", List.of("key-account")), 0);
		this.projection.on(opened("r-2", "acme", "globex-us", List.of()), 0);
		this.projection.on(opened("r-3", "umbrella", "globex-eu", List.of("key-account")), 0);

		assertThat(count(new AnalyticsFilter("acme", null, null, null, null))).isEqualTo(2);
		assertThat(count(new AnalyticsFilter(null, "globex-e", null, null, null))).isEqualTo(2);
		assertThat(count(new AnalyticsFilter(null, null, "key-account", null, null))).isEqualTo(2);
		assertThat(count(new AnalyticsFilter("acme", "globex", "key-account", null, null))).isEqualTo(1);
		assertThat(count(new AnalyticsFilter(null, "initech", null, null, null))).isZero();
	}

	@Test
	void tellsDissolutionReasonsAndInitiatorsPerMonthOfOccurrence() {
		this.projection.on(opened("r-1", "acme", "globex", List.of()), 0);
		this.projection.on(opened("r-2", "acme", "globex", List.of()), 0);
		this.projection.on(opened("r-3", "acme", "globex", List.of()), 0);
		dissolve("r-1", Stage.AWARENESS, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT,
				Instant.parse("2025-01-31T23:59:59.999Z"));
		dissolve("r-2", Stage.AWARENESS, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT,
				Instant.parse("2025-02-01T00:00:00Z"));
		dissolve("r-3", Stage.AWARENESS, DissolutionReason.HIGH_CONFLICT, DissolutionInitiator.MUTUAL,
				Instant.parse("2025-02-20T00:00:00Z"));

		Dissolutions all = this.projection.dissolutions(AnalyticsFilter.NONE);
		Dissolutions february = this.projection.dissolutions(new AnalyticsFilter(null, null, null,
				Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-02-28T23:59:59Z")));

		assertThat(all.dissolutions()).isEqualTo(3);
		assertThat(all.byReason()).containsEntry(DissolutionReason.MARKET_CHANGE, 2L)
			.containsEntry(DissolutionReason.HIGH_CONFLICT, 1L)
			.containsEntry(DissolutionReason.CLIENT_EXIT, 0L);
		assertThat(all.byInitiator()).containsEntry(DissolutionInitiator.CLIENT, 2L)
			.containsEntry(DissolutionInitiator.MUTUAL, 1L);
		assertThat(all.months()).extracting(Dissolutions.Month::month)
			.containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2));
		assertThat(all.months().get(1).byReasonAndInitiator()).containsExactly(
				new Dissolutions.ReasonAndInitiator(DissolutionReason.HIGH_CONFLICT, DissolutionInitiator.MUTUAL, 1),
				new Dissolutions.ReasonAndInitiator(DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT, 1));
		assertThat(february.dissolutions()).isEqualTo(2);
		assertThat(this.projection.funnel(AnalyticsFilter.NONE).stages().get(0).dissolved()).isEqualTo(3);
	}

	@Test
	void countsRelationshipsAtRiskNowAndRaisesPerMonth() {
		this.projection.on(opened("r-1", "acme", "globex", List.of()), 0);
		this.projection.on(opened("r-2", "acme", "globex", List.of()), 0);
		this.projection.on(atRisk("r-1", day(10), "c-3", List.of("conflict-burst")), 4);
		this.projection.on(riskCleared("r-1", day(50), "i-9"), 9);
		this.projection.on(atRisk("r-1", day(60), "c-7", List.of("conflict-burst", "trust-below-floor")), 12);
		this.projection.on(atRisk("r-2", day(12), "c-2", List.of("conflict-burst")), 3);

		AtRisk now = this.projection.atRisk(AnalyticsFilter.NONE);
		RiskRaises raises = this.projection.riskRaises(AnalyticsFilter.NONE);

		assertThat(now.relationships()).isEqualTo(2);
		assertThat(now.atRisk()).isEqualTo(2);
		assertThat(now.byRule()).containsEntry("conflict-burst", 2L).containsEntry("trust-below-floor", 1L);
		assertThat(raises.raises()).isEqualTo(3);
		assertThat(raises.months()).containsExactly(
				new RiskRaises.Month(YearMonth.of(2025, 1), 2, Map.of("trust-below-floor", 0L, "conflict-burst", 2L)),
				new RiskRaises.Month(YearMonth.of(2025, 3), 1, Map.of("trust-below-floor", 1L, "conflict-burst", 1L)));
	}

	@Test
	void summarisesEachRelationshipsLatestAssessment() {
		this.projection.on(opened("r-1", "acme", "globex", List.of()), 0);
		this.projection.on(opened("r-2", "acme", "globex", List.of()), 0);
		this.projection.on(assessed("r-1", "as-1", day(10), 1.0, 4.0), 1);
		this.projection.on(assessed("r-1", "as-2", day(40), 4.0, 1.0), 2);
		this.projection.on(assessed("r-2", "as-1", day(20), 2.0, 2.0), 1);

		AssessmentSummary latest = this.projection.assessments(AnalyticsFilter.NONE);
		AssessmentSummary january = this.projection.assessments(new AnalyticsFilter(null, null, null, day(0), day(25)));

		assertThat(latest.relationships()).isEqualTo(2);
		assertThat(latest.benefits()).containsEntry(Benefit.OPERATIONAL, 3.0).containsEntry(Benefit.SOCIAL, 3.0);
		assertThat(latest.negatives()).containsEntry(Negative.RESTRICTIONS, 1.5);
		assertThat(latest.perspectives()).containsEntry(Perspective.MUTUALITY, 3.0);
		assertThat(latest.meanNetBenefit()).isEqualTo(1.5);
		assertThat(latest.recommendedExchange())
			.containsEntry(Exchange.RELATIONAL, new AssessmentSummary.ExchangeShare(1, 0.5))
			.containsEntry(Exchange.TRANSACTIONAL, new AssessmentSummary.ExchangeShare(1, 0.5));
		assertThat(january.benefits()).containsEntry(Benefit.OPERATIONAL, 1.5);
		assertThat(january.meanNetBenefit()).isEqualTo(-1.5);
		assertThat(january.recommendedExchange().get(Exchange.TRANSACTIONAL).share()).isEqualTo(1.0);
	}

	@Test
	void applyingEventsTwiceChangesNothing() {
		exploringThenMajorSupplier("r-1");
		dissolve("r-1", Stage.EXPLORATION, DissolutionReason.CLIENT_EXIT, DissolutionInitiator.CLIENT, day(30));
		List<Document> before = stored();

		exploringThenMajorSupplier("r-1");
		dissolve("r-1", Stage.EXPLORATION, DissolutionReason.CLIENT_EXIT, DissolutionInitiator.CLIENT, day(30));

		assertThat(stored()).isEqualTo(before);
		assertThat(this.projection.funnel(AnalyticsFilter.NONE).stages()).extracting(StageFunnel.FunnelStage::reached)
			.containsExactly(1L, 1L, 0L, 0L, 1L);
	}

	@Test
	void aRestartedProjectionAnswersFromTheStoredRows() {
		exploringThenMajorSupplier("r-1");
		dissolve("r-1", Stage.EXPLORATION, DissolutionReason.CLIENT_EXIT, DissolutionInitiator.CLIENT, day(30));
		this.projection.on(opened("r-2", "acme", "globex", List.of("key-account")), 0);
		this.projection.on(assessed("r-2", "as-1", day(3), 4.0, 1.0), 1);
		List<Object> before = answers(this.projection);

		AnalyticsProjection restarted = new AnalyticsProjection(new AnalyticsRows(this.mongo.database()));

		assertThat(answers(restarted)).isEqualTo(before);
		restarted.on(interaction("r-2", "i-0", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(3), 0.165, 1.0), 1);
		restarted.on(interaction("r-2", "i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(4), 0.3525, 0.8875),
				2);
		assertThat(restarted.trustByStage(AnalyticsFilter.NONE).stages().get(0).trust().mean()).isEqualTo(0.3525);
	}

	@Test
	void resetClearsTheRowsAndAReplayRebuildsTheSameAnswers() {
		exploringThenMajorSupplier("r-1");
		dissolve("r-1", Stage.EXPLORATION, DissolutionReason.CLIENT_EXIT, DissolutionInitiator.CLIENT, day(30));
		List<Object> before = answers(this.projection);

		this.projection.reset();

		assertThat(stored()).isEmpty();
		assertThat(count(AnalyticsFilter.NONE)).isZero();
		assertThat(new AnalyticsProjection(new AnalyticsRows(this.mongo.database()))
			.stageCounts(AnalyticsFilter.NONE, null)
			.relationships()).isZero();

		exploringThenMajorSupplier("r-1");
		dissolve("r-1", Stage.EXPLORATION, DissolutionReason.CLIENT_EXIT, DissolutionInitiator.CLIENT, day(30));

		assertThat(answers(this.projection)).isEqualTo(before);
	}

	@Test
	void answersChangeOnlyWhenABatchIsStored() {
		this.projection.on(opened("r-1", "acme", "globex", List.of()), 0);
		List<Object> before = answers(this.projection);

		boolean committed = new ProcessorBatch().then(() -> this.projection
			.on(interaction("r-1", "i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(4), 0.3525, 0.8875), 1))
			.then(() -> this.projection.on(advanced("r-1", Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining",
					day(4), "i-1", 0.3525, 0.8875), 2))
			.then(() -> {
				throw new IllegalStateException("store unreachable");
			})
			.process();

		assertThat(committed).isFalse();
		assertThat(answers(this.projection)).isEqualTo(before);
		assertThat(stored()).singleElement().satisfies((row) -> assertThat(row.getLong("version")).isZero());

		new ProcessorBatch().then(() -> this.projection
			.on(interaction("r-1", "i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(4), 0.3525, 0.8875), 1))
			.then(() -> this.projection.on(advanced("r-1", Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining",
					day(4), "i-1", 0.3525, 0.8875), 2))
			.process();

		assertThat(this.projection.stageCounts(AnalyticsFilter.NONE, null).byStage())
			.containsEntry(Stage.EXPLORATION, 1L)
			.containsEntry(Stage.AWARENESS, 0L);
		assertThat(stored()).singleElement().satisfies((row) -> assertThat(row.getLong("version")).isEqualTo(2));
		assertThat(new AnalyticsRows(this.mongo.database()).find("r-1"))
			.hasValueSatisfying((row) -> assertThat(row.stages()).extracting(AnalyticsRow.StageEntry::stage)
				.containsExactly(Stage.AWARENESS, Stage.EXPLORATION));
	}

	/** Opened (0), explored on a negotiation (1, 2), classified MAJOR_SUPPLIER (3). */
	private void exploringThenMajorSupplier(String relationshipId) {
		this.projection.on(opened(relationshipId, "acme", "globex", List.of()), 0);
		this.projection.on(interaction(relationshipId, "i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(4),
				0.3525, 0.8875), 1);
		this.projection.on(advanced(relationshipId, Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", day(4),
				"i-1", 0.3525, 0.8875), 2);
		this.projection
			.on(classified(relationshipId, RelationalType.PROSPECTING, RelationalType.MAJOR_SUPPLIER, day(5)), 3);
	}

	/** Dissolution at sequences 10 and 11, after whatever came before. */
	private void dissolve(String relationshipId, Stage from, DissolutionReason reason, DissolutionInitiator initiator,
			Instant at) {
		this.projection.on(new RelationshipDissolvedEvent(relationshipId, reason, initiator, at, null, from), 10);
		this.projection.on(advanced(relationshipId, from, Stage.DISSOLUTION, "dissolved", at, null, 0.3, 0.9), 11);
	}

	private long count(AnalyticsFilter filter) {
		return this.projection.stageCounts(filter, null).relationships();
	}

	private List<Document> stored() {
		return this.mongo.database().getCollection(AnalyticsRows.COLLECTION).find().into(new ArrayList<>());
	}

	private static List<Object> answers(AnalyticsProjection projection) {
		AnalyticsFilter all = AnalyticsFilter.NONE;
		return List.of(projection.stageCounts(all, null), projection.funnel(all), projection.timeInStage(all),
				projection.trustByStage(all), projection.dissolutions(all), projection.atRisk(all),
				projection.riskRaises(all), projection.assessments(all));
	}

	private static RelationshipOpenedEvent opened(String relationshipId, String supplierId, String clientId,
			List<String> tags) {
		return new RelationshipOpenedEvent(relationshipId, new Organisation(supplierId, supplierId),
				new Organisation(clientId, clientId), RelationalType.PROSPECTING, tags, OPENED_AT, Stage.AWARENESS,
				0.30, 1.00, 0.0, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY);
	}

	/** Every benefit and perspective scored alike, every negative alike. */
	private static RelationshipAssessedEvent assessed(String relationshipId, String assessmentId, Instant at,
			double benefit, double negative) {
		Map<Benefit, Double> benefits = new EnumMap<>(Benefit.class);
		for (Benefit kind : Benefit.values()) {
			benefits.put(kind, benefit);
		}
		Map<Negative, Double> negatives = new EnumMap<>(Negative.class);
		for (Negative kind : Negative.values()) {
			negatives.put(kind, negative);
		}
		Map<Perspective, Double> perspectives = Map.of(Perspective.COST, benefit, Perspective.ATTITUDINAL, benefit,
				Perspective.MUTUALITY, benefit);
		double net = benefit - negative;
		return new RelationshipAssessedEvent(relationshipId, assessmentId, at, benefits, negatives, perspectives, net,
				(net > 0) ? Exchange.RELATIONAL : Exchange.TRANSACTIONAL, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY);
	}

	private static Instant day(long days) {
		return OPENED_AT.plusSeconds(days * 86_400);
	}

}
