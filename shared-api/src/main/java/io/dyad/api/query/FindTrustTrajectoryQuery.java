package io.dyad.api.query;

import java.time.Instant;

/**
 * The trust trajectory of one relationship; answered with an optional
 * {@link TrustTrajectoryView}.
 *
 * @param from earliest occurredAt included, or null for no lower bound
 * @param to latest occurredAt included, or null for no upper bound
 * @param maxPoints the most points to answer with; more are down-sampled
 */
public record FindTrustTrajectoryQuery(String relationshipId, Instant from, Instant to, int maxPoints) {
}
