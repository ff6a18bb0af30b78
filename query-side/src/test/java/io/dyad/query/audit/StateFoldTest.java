package io.dyad.query.audit;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.Test;

import static io.dyad.query.audit.RelationshipEvents.adapted;
import static io.dyad.query.audit.RelationshipEvents.advanced;
import static io.dyad.query.audit.RelationshipEvents.assessed;
import static io.dyad.query.audit.RelationshipEvents.atRisk;
import static io.dyad.query.audit.RelationshipEvents.classified;
import static io.dyad.query.audit.RelationshipEvents.dissolved;
import static io.dyad.query.audit.RelationshipEvents.interaction;
import static io.dyad.query.audit.RelationshipEvents.opened;
import static io.dyad.query.audit.RelationshipEvents.riskCleared;
import static org.assertj.core.api.Assertions.assertThat;

class StateFoldTest {

	private static final Instant OPENED = Instant.parse("2025-01-06T09:00:00Z");

	private final StateFold fold = new StateFold();

	@Test
	void takesTheScoresStageAndTypeTheEventsRecorded() {
		given(opened(OPENED), interaction(InteractionKind.TRANSACTION, day(14), 0.37, 0.85),
				advanced(Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", day(14)), adapted(day(20), 0.2),
				assessed(day(21)), classified(RelationalType.PROSPECTING, RelationalType.MAJOR_SUPPLIER, day(22)));

		RelationshipState state = this.fold.state(null, null);

		assertThat(state.relationshipId()).isEqualTo(RelationshipEvents.ID);
		assertThat(state.version()).isEqualTo(5);
		assertThat(state.stage()).isEqualTo(Stage.EXPLORATION);
		assertThat(state.relationalType()).isEqualTo(RelationalType.MAJOR_SUPPLIER);
		assertThat(state.trust()).isEqualTo(0.37);
		assertThat(state.uncertainty()).isEqualTo(0.85);
		assertThat(state.switchingCost()).isEqualTo(0.2);
		assertThat(state.counts()).isEqualTo(new RelationshipState.Counts(1, 1, 1, 1, 0));
		assertThat(state.openedAt()).isEqualTo(OPENED);
		assertThat(state.dissolvedAt()).isNull();
	}

	@Test
	void startsWithTheOpeningScores() {
		given(opened(OPENED));

		RelationshipState state = this.fold.state(null, null);

		assertThat(state.version()).isZero();
		assertThat(state.stage()).isEqualTo(Stage.AWARENESS);
		assertThat(state.relationalType()).isEqualTo(RelationalType.PROSPECTING);
		assertThat(new double[] { state.trust(), state.uncertainty(), state.switchingCost() }).containsExactly(0.30,
				1.00, 0.0);
		assertThat(state.atRisk()).isFalse();
		assertThat(state.riskRules()).isEmpty();
	}

	@Test
	void countsConflictsAndFollowsRiskUntilItClears() {
		given(opened(OPENED), interaction(InteractionKind.CONFLICT, day(1), 0.25, 1.0),
				interaction(InteractionKind.CONFLICT, day(2), 0.2, 1.0),
				interaction(InteractionKind.CONFLICT, day(3), 0.15, 1.0), atRisk(List.of("conflict-burst"), day(3)));

		RelationshipState atRisk = this.fold.state(null, null);
		this.fold.apply(5, riskCleared(day(40)));
		RelationshipState cleared = this.fold.state(null, null);

		assertThat(atRisk.atRisk()).isTrue();
		assertThat(atRisk.riskRules()).containsExactly("conflict-burst");
		assertThat(atRisk.counts().conflicts()).isEqualTo(3);
		assertThat(atRisk.counts().interactions()).isEqualTo(3);
		assertThat(cleared.atRisk()).isFalse();
		assertThat(cleared.riskRules()).isEmpty();
	}

	@Test
	void endsInDissolutionWhenDissolved() {
		given(opened(OPENED), dissolved(Stage.AWARENESS, day(30)),
				advanced(Stage.AWARENESS, Stage.DISSOLUTION, "dissolved", day(30)));

		RelationshipState state = this.fold.state(null, null);

		assertThat(state.stage()).isEqualTo(Stage.DISSOLUTION);
		assertThat(state.dissolvedAt()).isEqualTo(day(30));
	}

	@Test
	void countsEventsItDoesNotKnowTowardsTheVersionOnly() {
		given(opened(OPENED));
		this.fold.apply(1, "an event type added after this fold was written");

		assertThat(this.fold.state(null, null).version()).isEqualTo(1);
		assertThat(this.fold.state(null, null).counts()).isEqualTo(new RelationshipState.Counts(0, 0, 0, 0, 0));
	}

	@Test
	void isNotOpenedBeforeTheOpeningEvent() {
		assertThat(this.fold.opened()).isFalse();
	}

	@Test
	void echoesTheInstantsItWasAskedFor() {
		given(opened(OPENED));

		RelationshipState state = this.fold.state(day(1), day(2));

		assertThat(state.asOf()).isEqualTo(day(1));
		assertThat(state.knownAt()).isEqualTo(day(2));
	}

	private void given(Object... events) {
		for (int sequence = 0; sequence < events.length; sequence++) {
			this.fold.apply(sequence, events[sequence]);
		}
	}

	private static Instant day(int days) {
		return OPENED.plusSeconds(days * 86_400L);
	}

}
