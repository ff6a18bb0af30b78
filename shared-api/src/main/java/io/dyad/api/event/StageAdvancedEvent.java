package io.dyad.api.event;

import java.time.Instant;

import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import org.axonframework.serialization.Revision;

/**
 * The relationship moved one stage on.
 *
 * @param rule the stable code of the stage rule that held, such as
 * {@code repeated-transactions}
 * @param at the business time of the event that caused the step
 */
@Revision("1")
public record StageAdvancedEvent(String relationshipId, Stage from, Stage to, String rule, Instant at,
		StageEvidence evidence, String trustModel, String stagePolicy) {
}
