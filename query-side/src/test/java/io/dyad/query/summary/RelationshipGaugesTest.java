package io.dyad.query.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.dyad.api.value.Stage;
import io.dyad.query.MongoTestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.OPENED_AT;
import static io.dyad.query.RelationshipEvents.advanced;
import static io.dyad.query.RelationshipEvents.atRisk;
import static io.dyad.query.RelationshipEvents.dissolved;
import static io.dyad.query.RelationshipEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;

class RelationshipGaugesTest {

	private static final Instant DAY_1 = OPENED_AT.plusSeconds(86_400);

	private MongoTestServer mongo;

	private RelationshipSummaryProjection projection;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.projection = new RelationshipSummaryProjection(new RelationshipSummaries(this.mongo.database()));
		new RelationshipGauges(this.mongo.database(), this.meters, Duration.ZERO);
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void countsNoRelationshipsInAnEmptyStore() {
		for (Stage stage : Stage.values()) {
			assertThat(inStage(stage)).isZero();
		}
		assertThat(atRiskCount()).isZero();
	}

	@Test
	void countsRelationshipsByTheStageTheirSummaryShows() {
		this.projection.on(opened("r-1"), 0);
		this.projection.on(opened("r-2"), 0);
		this.projection.on(opened("r-3"), 0);
		this.projection
			.on(advanced("r-3", Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", DAY_1, "i-1", 0.3, 0.9), 1);

		assertThat(inStage(Stage.AWARENESS)).isEqualTo(2);
		assertThat(inStage(Stage.EXPLORATION)).isEqualTo(1);
		assertThat(inStage(Stage.EXPANSION)).isZero();
	}

	@Test
	void countsAtRiskRelationshipsUntilTheyAreDissolved() {
		this.projection.on(opened("r-1"), 0);
		this.projection.on(atRisk("r-1", DAY_1, "i-1", List.of("conflict-burst")), 1);
		this.projection.on(opened("r-2"), 0);
		this.projection.on(atRisk("r-2", DAY_1, "i-2", List.of("conflict-burst")), 1);
		assertThat(atRiskCount()).isEqualTo(2);

		this.projection.on(dissolved("r-2", Stage.AWARENESS, DAY_1), 2);
		this.projection.on(advanced("r-2", Stage.AWARENESS, Stage.DISSOLUTION, "dissolved", DAY_1, null, 0.2, 0.9), 3);

		assertThat(atRiskCount()).isEqualTo(1);
		assertThat(inStage(Stage.DISSOLUTION)).isEqualTo(1);
	}

	private double inStage(Stage stage) {
		return this.meters.get("dyad.relationships").tag("stage", stage.name()).gauge().value();
	}

	private double atRiskCount() {
		return this.meters.get("dyad.relationships.at.risk").gauge().value();
	}

}
