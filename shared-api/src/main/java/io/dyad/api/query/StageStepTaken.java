package io.dyad.api.query;

import io.dyad.api.value.StageStep;

public record StageStepTaken(String relationshipId, long version, StageStep step) implements RelationshipUpdate {
}
