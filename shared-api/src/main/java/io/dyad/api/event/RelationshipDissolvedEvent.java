package io.dyad.api.event;

import java.time.Instant;

import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Stage;
import org.axonframework.serialization.Revision;

/**
 * The relationship ended; a {@link StageAdvancedEvent} to DISSOLUTION follows it.
 *
 * @param stage the stage the relationship was in when it ended
 */
@Revision("1")
public record RelationshipDissolvedEvent(String relationshipId, DissolutionReason reason,
		DissolutionInitiator initiatedBy, Instant occurredAt, String note, Stage stage) {
}
