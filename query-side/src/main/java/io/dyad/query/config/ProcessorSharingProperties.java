package io.dyad.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How query-side instances share the projections' segments.
 *
 * @param maxClaimedSegments the most segments of each processor one instance claims;
 * unset, the first instance claims them all and the others stand by to take over. With N
 * instances and S segments, S / N spreads the work, at the price that segments of a
 * stopped instance wait until it is back.
 */
@ConfigurationProperties("dyad.query.processors")
public record ProcessorSharingProperties(Integer maxClaimedSegments) {
}
