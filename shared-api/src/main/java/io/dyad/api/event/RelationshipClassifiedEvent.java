package io.dyad.api.event;

import java.time.Instant;

import io.dyad.api.value.RelationalType;
import org.axonframework.serialization.Revision;

/** The client's perception of the supplier was classified anew. */
@Revision("1")
public record RelationshipClassifiedEvent(String relationshipId, RelationalType previousType,
		RelationalType relationalType, String rationale, Instant classifiedAt) {
}
