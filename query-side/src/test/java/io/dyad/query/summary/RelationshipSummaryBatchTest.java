package io.dyad.query.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.query.FindRelationshipSummaryQuery;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import io.dyad.query.MongoTestServer;
import io.dyad.query.ProcessorBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.OPENED_AT;
import static io.dyad.query.RelationshipEvents.interaction;
import static io.dyad.query.RelationshipEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;

class RelationshipSummaryBatchTest {

	private static final String ID = "rel-1";

	private static final Instant DAY_1 = OPENED_AT.plusSeconds(86_400);

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
	void storesABatchsChangesTogetherAtItsLastEvent() {
		List<Optional<RelationshipSummaryView>> seenDuringTheBatch = new ArrayList<>();

		boolean committed = new ProcessorBatch().then(ID, () -> this.projection.on(opened(ID), 0))
			.then(ID, () -> this.projection.on(positiveTransaction("i-1"), 1))
			.then(() -> seenDuringTheBatch.add(stored()))
			.then(ID, () -> this.projection.on(positiveTransaction("i-2"), 2))
			.then("rel-2", () -> this.projection.on(opened("rel-2"), 0))
			.process();

		assertThat(committed).isTrue();
		assertThat(seenDuringTheBatch).containsExactly(Optional.empty());
		RelationshipSummaryView summary = stored().orElseThrow();
		assertThat(summary.version()).isEqualTo(2);
		assertThat(summary.counts().interactions()).isEqualTo(2);
		assertThat(summary.lastInteraction().interactionId()).isEqualTo("i-2");
		assertThat(this.projection.handle(new FindRelationshipSummaryQuery("rel-2"))).isPresent();
	}

	@Test
	void aFailedBatchStoresNothingAndItsRetryAppliesEachEventOnce() {
		new ProcessorBatch().then(() -> this.projection.on(opened(ID), 0)).process();
		ProcessorBatch failing = new ProcessorBatch().then(() -> this.projection.on(positiveTransaction("i-1"), 1))
			.then(() -> {
				throw new IllegalStateException("store unreachable");
			});

		boolean committed = failing.process();

		assertThat(committed).isFalse();
		assertThat(stored().orElseThrow().version()).isZero();

		new ProcessorBatch().then(ID, () -> this.projection.on(positiveTransaction("i-1"), 1))
			.then(ID, () -> this.projection.on(positiveTransaction("i-1"), 1))
			.process();

		assertThat(stored().orElseThrow().counts().interactions()).isEqualTo(1);
	}

	private Optional<RelationshipSummaryView> stored() {
		return this.projection.handle(new FindRelationshipSummaryQuery(ID));
	}

	private static InteractionRecordedEvent positiveTransaction(String interactionId) {
		return interaction(ID, interactionId, InteractionKind.TRANSACTION, Outcome.POSITIVE, DAY_1, 0.37, 0.85);
	}

}
