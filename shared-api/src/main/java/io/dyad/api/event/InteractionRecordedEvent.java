package io.dyad.api.event;

import java.time.Instant;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import org.axonframework.serialization.Revision;

/**
 * An interaction took place, and moved trust and uncertainty to the values recorded here.
 *
 * @param weight the weight the trust model gave the interaction's kind
 * @param stagePolicy the stage policy the interaction was checked against; events of
 * revision 1 did not record it
 */
@Revision("2")
public record InteractionRecordedEvent(String relationshipId, String interactionId, InteractionKind kind,
		Outcome outcome, Instant occurredAt, MonetaryValue monetaryValue, String summary, Party initiatedBy,
		double weight, double trust, double uncertainty, String trustModel, String stagePolicy) {
}
