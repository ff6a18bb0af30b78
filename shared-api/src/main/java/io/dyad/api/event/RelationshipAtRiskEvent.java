package io.dyad.api.event;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The relationship became at risk.
 *
 * @param rules the stable codes of the risk rules that hold: {@code trust-below-floor},
 * {@code conflict-burst}
 * @param triggeredBy the interaction or adaptation id after which the risk was found
 */
@Revision("1")
public record RelationshipAtRiskEvent(String relationshipId, List<String> rules, Instant at, String triggeredBy,
		double trust, int conflictsLast30Days, String trustModel, String stagePolicy) {
}
