package io.dyad.api.event;

import java.time.Instant;
import java.util.Map;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import org.axonframework.serialization.Revision;

/**
 * The relationship was assessed.
 *
 * @param netBenefit mean of the benefit scores less the mean of the negative scores
 * @param recommendedExchange RELATIONAL when the net benefit is above zero, else
 * TRANSACTIONAL
 * @param trustModel the trust model in force when the relationship was assessed; events
 * of revision 1 did not record it
 * @param stagePolicy the stage policy in force then; events of revision 1 did not record
 * it
 */
@Revision("2")
public record RelationshipAssessedEvent(String relationshipId, String assessmentId, Instant assessedAt,
		Map<Benefit, Double> benefits, Map<Negative, Double> negatives, Map<Perspective, Double> perspectives,
		double netBenefit, Exchange recommendedExchange, String trustModel, String stagePolicy) {
}
