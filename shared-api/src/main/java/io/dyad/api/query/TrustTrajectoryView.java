package io.dyad.api.query;

import java.time.Instant;
import java.util.List;

/**
 * @param totalPoints the points within the window before down-sampling
 * @param downsampled whether points were left out to keep within maxPoints
 */
public record TrustTrajectoryView(String relationshipId, Instant from, Instant to, int maxPoints, int totalPoints,
		boolean downsampled, List<TrustPointView> points) {
}
