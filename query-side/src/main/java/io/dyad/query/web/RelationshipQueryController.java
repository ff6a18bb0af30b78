package io.dyad.query.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.dyad.api.query.FindRelationshipSummaryQuery;
import io.dyad.api.query.FindRelationshipsQuery;
import io.dyad.api.query.FindStageHistoryQuery;
import io.dyad.api.query.FindTrustTrajectoryQuery;
import io.dyad.api.query.RelationshipPageView;
import io.dyad.api.query.RelationshipSort;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.query.SortDirection;
import io.dyad.api.query.StageHistoryView;
import io.dyad.api.query.TrustTrajectoryView;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The relationship read models over HTTP; each answer comes from a query handler. */
@RestController
@RequestMapping("/api/v1/relationships")
class RelationshipQueryController {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	static final int DEFAULT_MAX_POINTS = 1_000;

	static final int MAX_POINTS_LIMIT = 10_000;

	private final QueryGateway queries;

	RelationshipQueryController(QueryGateway queries) {
		this.queries = queries;
	}

	@GetMapping
	RelationshipPageView list(@RequestParam(name = "stage", required = false) Set<Stage> stages,
			@RequestParam(name = "relationalType", required = false) Set<RelationalType> relationalTypes,
			@RequestParam(required = false) Boolean atRisk, @RequestParam(required = false) Double minTrust,
			@RequestParam(required = false) Double maxTrust, @RequestParam(required = false) String clientId,
			@RequestParam(required = false) String supplierId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String direction, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
		checkTrust("minTrust", minTrust);
		checkTrust("maxTrust", maxTrust);
		if (minTrust != null && maxTrust != null && minTrust > maxTrust) {
			throw new InvalidQueryParameterException("minTrust", "minTrust must not be above maxTrust");
		}
		if (page < 0) {
			throw new InvalidQueryParameterException("page", "page must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidQueryParameterException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
		}
		SortOrder order = SortOrder.parse(sort, direction);
		FindRelationshipsQuery query = new FindRelationshipsQuery(stages, relationalTypes, atRisk, minTrust, maxTrust,
				blankToNull(clientId), blankToNull(supplierId), order.field(), order.direction(), page, size);
		return this.queries.query(query, RelationshipPageView.class).join();
	}

	@GetMapping("/{relationshipId}")
	RelationshipSummaryView summary(@PathVariable String relationshipId) {
		return found(relationshipId,
				this.queries
					.query(new FindRelationshipSummaryQuery(relationshipId),
							ResponseTypes.optionalInstanceOf(RelationshipSummaryView.class))
					.join());
	}

	@GetMapping("/{relationshipId}/stage-history")
	StageHistoryView stageHistory(@PathVariable String relationshipId) {
		return found(relationshipId,
				this.queries
					.query(new FindStageHistoryQuery(relationshipId),
							ResponseTypes.optionalInstanceOf(StageHistoryView.class))
					.join());
	}

	@GetMapping("/{relationshipId}/trust-trajectory")
	TrustTrajectoryView trustTrajectory(@PathVariable String relationshipId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "" + DEFAULT_MAX_POINTS) int maxPoints) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidQueryParameterException("from", "from must not be after to");
		}
		if (maxPoints < 2 || maxPoints > MAX_POINTS_LIMIT) {
			throw new InvalidQueryParameterException("maxPoints",
					"maxPoints must be between 2 and " + MAX_POINTS_LIMIT);
		}
		return found(relationshipId,
				this.queries
					.query(new FindTrustTrajectoryQuery(relationshipId, from, to, maxPoints),
							ResponseTypes.optionalInstanceOf(TrustTrajectoryView.class))
					.join());
	}

	private static <T> T found(String relationshipId, Optional<T> answer) {
		return answer.orElseThrow(() -> new RelationshipNotFoundException(relationshipId));
	}

	private static void checkTrust(String parameter, Double trust) {
		if (trust != null && !(trust >= 0 && trust <= 1)) {
			throw new InvalidQueryParameterException(parameter, parameter + " must be between 0 and 1");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * {@code sort=trust}, {@code sort=trust,desc} or {@code sort=trust&direction=desc};
	 * ascending unless told otherwise. Without a sort, the newest opened come first.
	 */
	record SortOrder(RelationshipSort field, SortDirection direction) {

		static SortOrder parse(String sort, String direction) {
			SortDirection separate = (direction != null) ? direction("direction", direction) : null;
			if (sort == null) {
				return new SortOrder(RelationshipSort.OPENED, (separate != null) ? separate : SortDirection.DESC);
			}
			String[] parts = sort.split(",", -1);
			RelationshipSort field = Arrays.stream(RelationshipSort.values())
				.filter((candidate) -> candidate.code().equals(parts[0].trim()))
				.findFirst()
				.orElse(null);
			if (field == null || parts.length > 2) {
				String fields = Arrays.stream(RelationshipSort.values())
					.map(RelationshipSort::code)
					.collect(Collectors.joining(", "));
				throw new InvalidQueryParameterException("sort",
						"sort '" + sort + "' must be one of " + fields + ", optionally followed by ,asc or ,desc");
			}
			SortDirection inSort = (parts.length == 2) ? direction("sort", parts[1].trim()) : null;
			if (inSort != null && separate != null && inSort != separate) {
				throw new InvalidQueryParameterException("direction", "direction contradicts the one in sort");
			}
			SortDirection chosen = (inSort != null) ? inSort : separate;
			return new SortOrder(field, (chosen != null) ? chosen : SortDirection.ASC);
		}

		private static SortDirection direction(String parameter, String direction) {
			return Arrays.stream(SortDirection.values())
				.filter((candidate) -> candidate.name().equalsIgnoreCase(direction))
				.findFirst()
				.orElseThrow(() -> new InvalidQueryParameterException(parameter,
						parameter + " has direction '" + direction + "', which must be asc or desc"));
		}

	}

}
