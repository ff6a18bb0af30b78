package io.dyad.api.query;

import java.util.Set;

import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/**
 * A page of relationship summaries; answered with a {@link RelationshipPageView}. Empty
 * sets and null values do not filter.
 *
 * @param minTrust lowest trust included, inclusive
 * @param maxTrust highest trust included, inclusive
 * @param page the page number, starting at 0
 */
public record FindRelationshipsQuery(Set<Stage> stages, Set<RelationalType> relationalTypes, Boolean atRisk,
		Double minTrust, Double maxTrust, String clientId, String supplierId, RelationshipSort sort,
		SortDirection direction, int page, int size) {

	public FindRelationshipsQuery {
		stages = (stages != null) ? Set.copyOf(stages) : Set.of();
		relationalTypes = (relationalTypes != null) ? Set.copyOf(relationalTypes) : Set.of();
	}

}
