package io.dyad.api.query;

/**
 * Subscription to one relationship: answered first with an optional
 * {@link RelationshipSummaryView}, then with a {@link RelationshipUpdate} for each new
 * trust point and stage step.
 */
public record WatchRelationshipQuery(String relationshipId) {
}
