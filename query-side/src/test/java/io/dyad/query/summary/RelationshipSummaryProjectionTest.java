package io.dyad.query.summary;

import java.time.Instant;
import java.util.List;

import io.dyad.api.query.FindRelationshipSummaryQuery;
import io.dyad.api.query.LastInteractionView;
import io.dyad.api.query.RelationshipCountsView;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.query.WatchRelationshipQuery;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.query.MongoTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.OPENED_AT;
import static io.dyad.query.RelationshipEvents.adapted;
import static io.dyad.query.RelationshipEvents.advanced;
import static io.dyad.query.RelationshipEvents.assessed;
import static io.dyad.query.RelationshipEvents.atRisk;
import static io.dyad.query.RelationshipEvents.classified;
import static io.dyad.query.RelationshipEvents.dissolved;
import static io.dyad.query.RelationshipEvents.interaction;
import static io.dyad.query.RelationshipEvents.opened;
import static io.dyad.query.RelationshipEvents.riskCleared;
import static org.assertj.core.api.Assertions.assertThat;

class RelationshipSummaryProjectionTest {

	private static final String ID = "rel-1";

	private static final Instant DAY_1 = OPENED_AT.plusSeconds(86_400);

	private static final Instant DAY_2 = DAY_1.plusSeconds(86_400);

	private static final Instant DAY_3 = DAY_2.plusSeconds(86_400);

	private MongoTestServer mongo;

	private RelationshipSummaryProjection projection;

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.projection = new RelationshipSummaryProjection(new RelationshipSummaries(this.mongo.database()));
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void opensWithTheScoresTheOpeningRecorded() {
		this.projection.on(opened(ID), 0);

		RelationshipSummaryView summary = summary(ID);
		assertThat(summary.supplier()).isEqualTo(new Organisation("acme", "acme Ltd"));
		assertThat(summary.client()).isEqualTo(new Organisation("globex", "globex Inc"));
		assertThat(summary.stage()).isEqualTo(Stage.AWARENESS);
		assertThat(summary.relationalType()).isEqualTo(RelationalType.PROSPECTING);
		assertThat(summary.tags()).containsExactly("key-account");
		assertThat(summary.trust()).isEqualTo(0.30);
		assertThat(summary.uncertainty()).isEqualTo(1.00);
		assertThat(summary.switchingCost()).isEqualTo(0.0);
		assertThat(summary.atRisk()).isFalse();
		assertThat(summary.riskRules()).isEmpty();
		assertThat(summary.counts()).isEqualTo(new RelationshipCountsView(0, 0, 0, 0, 0, 0, 0));
		assertThat(summary.lastInteraction()).isNull();
		assertThat(summary.openedAt()).isEqualTo(OPENED_AT);
		assertThat(summary.dissolvedAt()).isNull();
		assertThat(summary.version()).isZero();
	}

	@Test
	void followsTrustCountsAndTheLastInteraction() {
		Instant withNanos = DAY_3.plusNanos(123_456_789);
		this.projection.on(opened(ID), 0);
		this.projection.on(interaction(ID, "i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, DAY_1, 0.3525, 0.8875),
				1);
		this.projection
			.on(advanced(ID, Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", DAY_1, "i-1", 0.3525, 0.8875), 2);
		this.projection
			.on(interaction(ID, "i-2", InteractionKind.TRANSACTION, Outcome.POSITIVE, DAY_2, 0.41725, 0.754375), 3);
		this.projection.on(interaction(ID, "i-3", InteractionKind.CONFLICT, Outcome.NEGATIVE, withNanos, 0.2294875,
				0.8037187500000001), 4);
		this.projection.on(adapted(ID, "a-1", Party.SUPPLIER, withNanos, 0.2), 5);
		this.projection.on(assessed(ID, "as-1", withNanos), 6);
		this.projection.on(classified(ID, RelationalType.PROSPECTING, RelationalType.MAJOR_SUPPLIER, withNanos), 7);

		RelationshipSummaryView summary = summary(ID);
		assertThat(summary.stage()).isEqualTo(Stage.EXPLORATION);
		assertThat(summary.relationalType()).isEqualTo(RelationalType.MAJOR_SUPPLIER);
		assertThat(summary.trust()).isEqualTo(0.2294875);
		assertThat(summary.uncertainty()).isEqualTo(0.8037187500000001);
		assertThat(summary.switchingCost()).isEqualTo(0.2);
		assertThat(summary.counts()).isEqualTo(new RelationshipCountsView(3, 1, 1, 1, 1, 1, 1));
		assertThat(summary.lastInteraction())
			.isEqualTo(new LastInteractionView("i-3", InteractionKind.CONFLICT, Outcome.NEGATIVE, withNanos));
		assertThat(summary.version()).isEqualTo(7);
	}

	@Test
	void raisesAndClearsTheRiskFlagWithItsRules() {
		this.projection.on(opened(ID), 0);
		this.projection.on(atRisk(ID, DAY_1, "i-9", List.of("trust-below-floor", "conflict-burst")), 1);

		assertThat(summary(ID).atRisk()).isTrue();
		assertThat(summary(ID).riskRules()).containsExactly("trust-below-floor", "conflict-burst");

		this.projection.on(riskCleared(ID, DAY_2, "i-10"), 2);

		assertThat(summary(ID).atRisk()).isFalse();
		assertThat(summary(ID).riskRules()).isEmpty();
	}

	@Test
	void recordsWhenAndWhyTheRelationshipWasDissolved() {
		this.projection.on(opened(ID), 0);
		this.projection.on(dissolved(ID, Stage.AWARENESS, DAY_2), 1);
		this.projection.on(advanced(ID, Stage.AWARENESS, Stage.DISSOLUTION, "dissolved", DAY_2, null, 0.3, 1.0), 2);

		RelationshipSummaryView summary = summary(ID);
		assertThat(summary.stage()).isEqualTo(Stage.DISSOLUTION);
		assertThat(summary.dissolvedAt()).isEqualTo(DAY_2);
		assertThat(summary.dissolutionReason()).isEqualTo(DissolutionReason.MARKET_CHANGE);
		assertThat(summary.version()).isEqualTo(2);
	}

	@Test
	void applyingAnEventTwiceChangesNothing() {
		var first = interaction(ID, "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, DAY_1, 0.37, 0.85);
		var second = interaction(ID, "i-2", InteractionKind.COMMUNICATION, Outcome.NEUTRAL, DAY_2, 0.37, 0.78625);
		this.projection.on(opened(ID), 0);
		this.projection.on(first, 1);
		this.projection.on(second, 2);
		RelationshipSummaryView before = summary(ID);

		this.projection.on(opened(ID), 0);
		this.projection.on(first, 1);
		this.projection.on(second, 2);

		assertThat(summary(ID)).isEqualTo(before);
		assertThat(before.counts().interactions()).isEqualTo(2);
	}

	@Test
	void resetClearsTheSummariesAndAReplayRebuildsThemAlike() {
		this.projection.on(opened(ID), 0);
		this.projection.on(interaction(ID, "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, DAY_1, 0.37, 0.85), 1);
		RelationshipSummaryView before = summary(ID);

		this.projection.reset();

		assertThat(this.projection.handle(new FindRelationshipSummaryQuery(ID))).isEmpty();

		this.projection.on(opened(ID), 0);
		this.projection.on(interaction(ID, "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, DAY_1, 0.37, 0.85), 1);

		assertThat(summary(ID)).isEqualTo(before);
	}

	@Test
	void answersNothingForAnUnknownRelationship() {
		assertThat(this.projection.handle(new FindRelationshipSummaryQuery("nobody"))).isEmpty();
		assertThat(this.projection.handle(new WatchRelationshipQuery("nobody"))).isEmpty();
	}

	@Test
	void answersAWatcherWithTheCurrentSummary() {
		this.projection.on(opened(ID), 0);

		assertThat(this.projection.handle(new WatchRelationshipQuery(ID))).contains(summary(ID));
	}

	private RelationshipSummaryView summary(String relationshipId) {
		return this.projection.handle(new FindRelationshipSummaryQuery(relationshipId)).orElseThrow();
	}

}
