package io.dyad.api.query;

/**
 * The summary of one relationship; answered with an optional
 * {@link RelationshipSummaryView}.
 */
public record FindRelationshipSummaryQuery(String relationshipId) {
}
