package io.dyad.query.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dyad's settings for the MongoDB store of projections and tokens.
 *
 * @param serverSelectionTimeout how long to wait for a reachable server before an
 * operation, or the start, fails; a {@code serverSelectionTimeoutMS} in the URI wins
 */
@ConfigurationProperties("dyad.mongodb")
public record MongoStoreProperties(@DefaultValue("3s") Duration serverSelectionTimeout) {
}
