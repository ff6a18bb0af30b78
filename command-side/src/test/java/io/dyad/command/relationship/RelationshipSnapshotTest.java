package io.dyad.command.relationship;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.dyad.api.command.AdaptResourcesCommand;
import io.dyad.api.command.RelationshipCommandResult;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageStep;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.command.relationship.RelationshipFixture.RELATIONSHIP_ID;
import static io.dyad.command.relationship.RelationshipFixture.adaptation;
import static io.dyad.command.relationship.RelationshipFixture.assessment;
import static io.dyad.command.relationship.RelationshipFixture.atRisk;
import static io.dyad.command.relationship.RelationshipFixture.day;
import static io.dyad.command.relationship.RelationshipFixture.interaction;
import static io.dyad.command.relationship.RelationshipFixture.nearlyCommitted;
import static io.dyad.command.relationship.RelationshipFixture.plus;
import static io.dyad.command.relationship.RelationshipFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot is the aggregate as Axon's Jackson serializer writes it; read back, it must
 * decide exactly as the relationship replayed from its events.
 */
class RelationshipSnapshotTest {

	private static final JacksonSerializer SERIALIZER = ApplicationJson.serializer();

	private static final AdaptResourcesCommand ADAPTATION_BY_CLIENT = adaptation("a-2", Party.CLIENT, Magnitude.HIGH,
			day(100));

	private Relationship committed;

	/**
	 * Replays a relationship through a conflict burst into COMMITMENT, so that every
	 * field it keeps has a value.
	 */
	@BeforeEach
	void committedRelationship() {
		AtomicReference<Relationship> state = new AtomicReference<>();
		new AggregateTestFixture<>(Relationship.class)
			.given(plus(nearlyCommitted(0.9, 0.1),
					recorded(interaction("c-1", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(60)), 0.9, 0.1),
					recorded(interaction("c-2", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(61)), 0.9, 0.1),
					recorded(interaction("c-3", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(62)), 0.9, 0.1),
					atRisk(day(62), "c-3", 0.9, 3, RiskRule.CONFLICT_BURST),
					recorded(interaction("c-4", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(95)), 0.9, 0.1)))
			.when(ADAPTATION_BY_CLIENT)
			.expectState(state::set);
		this.committed = state.get();
	}

	@Test
	void writesAndReadsBackEveryFieldOfTheRelationship() {
		SerializedObject<String> snapshot = SERIALIZER.serialize(this.committed, String.class);

		Relationship restored = SERIALIZER.deserialize(snapshot);

		assertThat(SERIALIZER.serialize(restored, String.class).getData()).isEqualTo(snapshot.getData());
		assertThat(snapshot.getData()).contains("\"stage\":\"COMMITMENT\"", "\"interactionId:c-1\"",
				"\"adaptationId:a-2\"", "\"recentConflicts\":[\"2025-04-11T09:00:00Z\"]",
				"\"expansionBegan\":\"2025-01-16T09:00:00Z\"");
	}

	@Test
	void answersRetriesFromTheSnapshotAsItDidTheFirstTime() {
		Relationship restored = restored();

		new AggregateTestFixture<>(Relationship.class).givenState(() -> restored)
			.when(ADAPTATION_BY_CLIENT)
			.expectNoEvents()
			.expectResultMessagePayload(new RelationshipCommandResult(RELATIONSHIP_ID, 16, Stage.COMMITMENT,
					RelationalType.PROSPECTING, 0.9, 0.1, TrustModel.switchingCostAfter(0.2, Magnitude.HIGH), false,
					List.of(new StageStep(Stage.EXPANSION, Stage.COMMITMENT, "mature-commitment", day(100)))));
		new AggregateTestFixture<>(Relationship.class).givenState(() -> restored)
			.when(interaction("c-1", InteractionKind.CONFLICT, Outcome.NEUTRAL, day(60)))
			.expectNoEvents()
			.expectResultMessagePayload(new RelationshipCommandResult(RELATIONSHIP_ID, 9, Stage.EXPANSION,
					RelationalType.PROSPECTING, 0.9, 0.1, 0.2, false, List.of()));
	}

	@Test
	void refusesAReusedIdAndAnEarlierTimeAfterRestoring() {
		Relationship restored = restored();

		new AggregateTestFixture<>(Relationship.class).givenState(() -> restored)
			.when(interaction("c-1", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(60)))
			.expectException(IdReusedException.class);
		new AggregateTestFixture<>(Relationship.class).givenState(() -> restored)
			.when(assessment("as-1", day(99), 3.0, 1.0))
			.expectException(OccurredBeforeLatestException.class);
	}

	private Relationship restored() {
		return SERIALIZER.deserialize(SERIALIZER.serialize(this.committed, String.class));
	}

}
