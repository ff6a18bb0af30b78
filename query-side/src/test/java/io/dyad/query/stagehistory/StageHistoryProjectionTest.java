package io.dyad.query.stagehistory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.query.FindStageHistoryQuery;
import io.dyad.api.query.StageHistoryView;
import io.dyad.api.query.StagePeriodView;
import io.dyad.api.query.StageStepTaken;
import io.dyad.api.query.WatchRelationshipQuery;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Party;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.api.value.StageStep;
import io.dyad.query.MongoTestServer;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.OPENED_AT;
import static io.dyad.query.RelationshipEvents.advanced;
import static io.dyad.query.RelationshipEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;

class StageHistoryProjectionTest {

	private static final String ID = "rel-1";

	private static final Instant EXPLORING_AT = OPENED_AT.plus(Duration.ofDays(14));

	private static final Instant EXPANDING_AT = EXPLORING_AT.plus(Duration.ofDays(40)).plusSeconds(3_600);

	private MongoTestServer mongo;

	private SimpleQueryUpdateEmitter emitter;

	private StageHistoryProjection projection;

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.emitter = SimpleQueryUpdateEmitter.builder().build();
		this.projection = new StageHistoryProjection(new StageHistories(this.mongo.database()), this.emitter);
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void startsWithACurrentAwarenessPeriod() {
		this.projection.on(opened(ID), 0);

		assertThat(history(ID).periods())
			.containsExactly(new StagePeriodView(Stage.AWARENESS, OPENED_AT, null, null, null, null, null));
	}

	@Test
	void endsEachPeriodWithTheRuleAndEvidenceOfTheStep() {
		var toExploration = advanced(ID, Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", EXPLORING_AT,
				"i-1", 0.37, 0.85);
		var toExpansion = advanced(ID, Stage.EXPLORATION, Stage.EXPANSION, "repeated-transactions", EXPANDING_AT, "i-7",
				0.52, 0.48);
		this.projection.on(opened(ID), 0);
		this.projection.on(toExploration, 2, ReplayStatus.REGULAR);
		this.projection.on(toExpansion, 9, ReplayStatus.REGULAR);

		List<StagePeriodView> periods = history(ID).periods();
		assertThat(periods).extracting(StagePeriodView::stage)
			.containsExactly(Stage.AWARENESS, Stage.EXPLORATION, Stage.EXPANSION);
		StagePeriodView awareness = periods.get(0);
		assertThat(awareness.enteredAt()).isEqualTo(OPENED_AT);
		assertThat(awareness.leftAt()).isEqualTo(EXPLORING_AT);
		assertThat(awareness.duration()).isEqualTo(Duration.ofDays(14));
		assertThat(awareness.durationSeconds()).isEqualTo(14 * 86_400L);
		assertThat(awareness.rule()).isEqualTo("first-monetary-exchange");
		assertThat(awareness.evidence()).isEqualTo(toExploration.evidence());
		StagePeriodView exploration = periods.get(1);
		assertThat(exploration.duration()).isEqualTo(Duration.ofDays(40).plusHours(1));
		assertThat(exploration.rule()).isEqualTo("repeated-transactions");
		assertThat(exploration.evidence().triggeredBy()).isEqualTo("i-7");
		StagePeriodView expansion = periods.get(2);
		assertThat(expansion.enteredAt()).isEqualTo(EXPANDING_AT);
		assertThat(expansion.leftAt()).isNull();
		assertThat(expansion.duration()).isNull();
		assertThat(expansion.rule()).isNull();
	}

	@Test
	void keepsTheWholeEvidenceOfADissolution() {
		StageEvidence evidence = new StageEvidence(null, 0.61, 0.33, 0.2, 4, Map.of(Party.SUPPLIER, 1, Party.CLIENT, 0),
				1, 12L, 2, DissolutionReason.HIGH_CONFLICT);
		var dissolution = new StageAdvancedEvent(ID, Stage.AWARENESS, Stage.DISSOLUTION, "dissolved", EXPLORING_AT,
				evidence, "trust-v1", "stage-v1");
		this.projection.on(opened(ID), 0);
		this.projection.on(dissolution, 2, ReplayStatus.REGULAR);

		assertThat(history(ID).periods().get(0).evidence()).isEqualTo(evidence);
		assertThat(history(ID).periods().get(1).stage()).isEqualTo(Stage.DISSOLUTION);
	}

	@Test
	void applyingAStepTwiceChangesNothing() {
		var step = advanced(ID, Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", EXPLORING_AT, "i-1", 0.35,
				0.89);
		this.projection.on(opened(ID), 0);
		this.projection.on(step, 2, ReplayStatus.REGULAR);
		StageHistoryView before = history(ID);

		this.projection.on(opened(ID), 0);
		this.projection.on(step, 2, ReplayStatus.REGULAR);

		assertThat(history(ID)).isEqualTo(before);
	}

	@Test
	void resetClearsTheHistoriesAndAReplayRebuildsThemAlike() {
		var step = advanced(ID, Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", EXPLORING_AT, "i-1", 0.35,
				0.89);
		this.projection.on(opened(ID), 0);
		this.projection.on(step, 2, ReplayStatus.REGULAR);
		StageHistoryView before = history(ID);

		this.projection.reset();

		assertThat(this.projection.handle(new FindStageHistoryQuery(ID))).isEmpty();

		this.projection.on(opened(ID), 0);
		this.projection.on(step, 2, ReplayStatus.REPLAY);

		assertThat(history(ID)).isEqualTo(before);
	}

	@Test
	void tellsWatchersOfNewStepsButNotOfReplayedOnes() {
		List<Object> heard = watch(ID);
		this.projection.on(opened(ID), 0);
		this.projection.on(
				advanced(ID, Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", EXPLORING_AT, "i-1", 0.35, 0.89),
				2, ReplayStatus.REGULAR);
		this.projection.on(advanced(ID, Stage.EXPLORATION, Stage.EXPANSION, "repeated-transactions", EXPANDING_AT,
				"i-7", 0.52, 0.48), 9, ReplayStatus.REPLAY);

		assertThat(heard).containsExactly(new StageStepTaken(ID, 2,
				new StageStep(Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", EXPLORING_AT)));
	}

	private List<Object> watch(String relationshipId) {
		UpdateHandlerRegistration<Object> registration = this.emitter
			.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new WatchRelationshipQuery(relationshipId),
					ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(Object.class)), 16);
		List<Object> heard = new CopyOnWriteArrayList<>();
		registration.getUpdates().subscribe((update) -> heard.add(update.getPayload()));
		return heard;
	}

	private StageHistoryView history(String relationshipId) {
		return this.projection.handle(new FindStageHistoryQuery(relationshipId)).orElseThrow();
	}

}
