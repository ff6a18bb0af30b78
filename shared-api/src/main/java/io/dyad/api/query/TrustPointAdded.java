package io.dyad.api.query;

public record TrustPointAdded(String relationshipId, long version, TrustPointView point) implements RelationshipUpdate {
}
