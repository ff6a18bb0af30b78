package io.dyad.api.event;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** No risk rule holds any more for a relationship that was at risk. */
@Revision("1")
public record RiskClearedEvent(String relationshipId, Instant at, String triggeredBy, double trust,
		int conflictsLast30Days, String trustModel, String stagePolicy) {
}
