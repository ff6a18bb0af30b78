package io.dyad.query.summary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.dyad.api.query.FindRelationshipsQuery;
import io.dyad.api.query.RelationshipPageView;
import io.dyad.api.query.RelationshipSort;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.query.SortDirection;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.query.MongoTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.dyad.query.RelationshipEvents.advanced;
import static io.dyad.query.RelationshipEvents.atRisk;
import static io.dyad.query.RelationshipEvents.classified;
import static io.dyad.query.RelationshipEvents.interaction;
import static io.dyad.query.RelationshipEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationship list over a small portfolio: one supplier, three clients.
 * <ul>
 * <li>alpha (globex): opened day 1, EXPLORATION, trust 0.41725, last interaction day 5
 * <li>beta (initech): opened day 2, AWARENESS, trust 0.30, at risk, MAJOR_SUPPLIER
 * <li>gamma (globex, other supplier): opened day 3, AWARENESS, trust 0.2294875, last
 * interaction day 4
 * </ul>
 */
class RelationshipListQueryTest {

	private static final Instant DAY_1 = Instant.parse("2025-02-01T00:00:00Z");

	private MongoTestServer mongo;

	private RelationshipSummaryProjection projection;

	@BeforeEach
	void givenAPortfolio() {
		this.mongo = new MongoTestServer();
		this.projection = new RelationshipSummaryProjection(new RelationshipSummaries(this.mongo.database()));
		this.projection.on(opened("alpha", "acme", "globex", day(1)), 0);
		this.projection.on(
				interaction("alpha", "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE, day(5), 0.41725, 0.754375),
				1);
		this.projection.on(advanced("alpha", Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", day(5),
				"i-1", 0.41725, 0.754375), 2);
		this.projection.on(opened("beta", "acme", "initech", day(2)), 0);
		this.projection.on(classified("beta", RelationalType.PROSPECTING, RelationalType.MAJOR_SUPPLIER, day(2)), 1);
		this.projection.on(atRisk("beta", day(2), "i-1", List.of("conflict-burst")), 2);
		this.projection.on(opened("gamma", "hooli", "globex", day(3)), 0);
		this.projection
			.on(interaction("gamma", "i-1", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(4), 0.2294875, 0.85), 1);
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void listsNewestOpenedFirstByDefault() {
		assertThat(ids(list(query()))).containsExactly("gamma", "beta", "alpha");
	}

	@Test
	void filtersByStage() {
		assertThat(ids(list(query().stages(Set.of(Stage.AWARENESS))))).containsExactlyInAnyOrder("beta", "gamma");
		assertThat(ids(list(query().stages(Set.of(Stage.EXPLORATION, Stage.EXPANSION))))).containsExactly("alpha");
	}

	@Test
	void filtersByRelationalTypeAndRisk() {
		assertThat(ids(list(query().relationalTypes(Set.of(RelationalType.MAJOR_SUPPLIER))))).containsExactly("beta");
		assertThat(ids(list(query().atRisk(true)))).containsExactly("beta");
		assertThat(ids(list(query().atRisk(false)))).containsExactlyInAnyOrder("alpha", "gamma");
	}

	@Test
	void filtersByTrustRangeInclusive() {
		assertThat(ids(list(query().minTrust(0.30).maxTrust(0.41725)))).containsExactlyInAnyOrder("alpha", "beta");
		assertThat(ids(list(query().maxTrust(0.25)))).containsExactly("gamma");
	}

	@Test
	void filtersByClientAndSupplier() {
		assertThat(ids(list(query().clientId("globex")))).containsExactlyInAnyOrder("alpha", "gamma");
		assertThat(ids(list(query().clientId("globex").supplierId("hooli")))).containsExactly("gamma");
	}

	@Test
	void sortsByTrustAndByLastInteraction() {
		assertThat(ids(list(query().sort(RelationshipSort.TRUST, SortDirection.DESC)))).containsExactly("alpha", "beta",
				"gamma");
		assertThat(ids(list(query().sort(RelationshipSort.LAST_INTERACTION, SortDirection.DESC))))
			.containsExactly("alpha", "gamma", "beta");
		assertThat(ids(list(query().sort(RelationshipSort.OPENED, SortDirection.ASC)))).containsExactly("alpha", "beta",
				"gamma");
	}

	@Test
	void pagesThroughTheMatches() {
		RelationshipPageView first = list(query().sort(RelationshipSort.OPENED, SortDirection.ASC).page(0, 2));
		RelationshipPageView second = list(query().sort(RelationshipSort.OPENED, SortDirection.ASC).page(1, 2));
		RelationshipPageView beyond = list(query().sort(RelationshipSort.OPENED, SortDirection.ASC).page(5, 2));

		assertThat(ids(first)).containsExactly("alpha", "beta");
		assertThat(ids(second)).containsExactly("gamma");
		assertThat(beyond.content()).isEmpty();
		assertThat(first.totalElements()).isEqualTo(3);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(second.page()).isEqualTo(1);
		assertThat(second.size()).isEqualTo(2);
	}

	private RelationshipPageView list(QueryBuilder query) {
		return this.projection.handle(query.build());
	}

	private static List<String> ids(RelationshipPageView page) {
		return page.content().stream().map(RelationshipSummaryView::relationshipId).toList();
	}

	private static Instant day(int day) {
		return DAY_1.plusSeconds((day - 1) * 86_400L);
	}

	private static QueryBuilder query() {
		return new QueryBuilder();
	}

	private static final class QueryBuilder {

		private Set<Stage> stages = Set.of();

		private Set<RelationalType> relationalTypes = Set.of();

		private Boolean atRisk;

		private Double minTrust;

		private Double maxTrust;

		private String clientId;

		private String supplierId;

		private RelationshipSort sort = RelationshipSort.OPENED;

		private SortDirection direction = SortDirection.DESC;

		private int page;

		private int size = 20;

		QueryBuilder stages(Set<Stage> stages) {
			this.stages = stages;
			return this;
		}

		QueryBuilder relationalTypes(Set<RelationalType> relationalTypes) {
			this.relationalTypes = relationalTypes;
			return this;
		}

		QueryBuilder atRisk(boolean atRisk) {
			this.atRisk = atRisk;
			return this;
		}

		QueryBuilder minTrust(double minTrust) {
			this.minTrust = minTrust;
			return this;
		}

		QueryBuilder maxTrust(double maxTrust) {
			this.maxTrust = maxTrust;
			return this;
		}

		QueryBuilder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		QueryBuilder supplierId(String supplierId) {
			this.supplierId = supplierId;
			return this;
		}

		QueryBuilder sort(RelationshipSort sort, SortDirection direction) {
			this.sort = sort;
			this.direction = direction;
			return this;
		}

		QueryBuilder page(int page, int size) {
			this.page = page;
			this.size = size;
			return this;
		}

		FindRelationshipsQuery build() {
			return new FindRelationshipsQuery(this.stages, this.relationalTypes, this.atRisk, this.minTrust,
					this.maxTrust, this.clientId, this.supplierId, this.sort, this.direction, this.page, this.size);
		}

	}

}
