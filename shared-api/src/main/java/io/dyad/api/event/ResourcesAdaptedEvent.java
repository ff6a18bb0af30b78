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
 */
@Revision("1")
public record ResourcesAdaptedEvent(String relationshipId, String adaptationId, Party adaptingParty, Resource resource,
		Magnitude magnitude, MonetaryValue investment, String description, List<String> networkActors,
		Instant occurredAt, double switchingCost, String trustModel) {
}
