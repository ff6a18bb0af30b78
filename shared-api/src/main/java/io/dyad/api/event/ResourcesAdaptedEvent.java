package io.dyad.api.event;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.Magnitude;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Party;
import io.dyad.api.value.Resource;
import org.axonframework.serialization.Revision;

/**
 * A party adapted a resource for the relationship, raising the switching cost to the
 * value recorded here.
 *
 * @param stagePolicy the stage policy the adaptation was checked against; events of
 * revision 1 did not record it
 */
@Revision("2")
public record ResourcesAdaptedEvent(String relationshipId, String adaptationId, Party adaptingParty, Resource resource,
		Magnitude magnitude, MonetaryValue investment, String description, List<String> networkActors,
		Instant occurredAt, double switchingCost, String trustModel, String stagePolicy) {
}
