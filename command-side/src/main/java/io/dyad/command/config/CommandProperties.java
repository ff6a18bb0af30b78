package io.dyad.command.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The command side's settings.
 *
 * @param snapshotThreshold events after which a relationship is snapshotted
 * @param cachedRelationships relationships kept in memory between commands
 * @param retry how a command that lost a concurrent append is retried
 */
@ConfigurationProperties("dyad.command")
public record CommandProperties(@DefaultValue("100") int snapshotThreshold,
		@DefaultValue("10000") int cachedRelationships, @DefaultValue Retry retry) {

	/**
	 * @param maxCount retries after the first attempt
	 * @param backoff the first wait, doubled on each retry
	 */
	public record Retry(@DefaultValue("8") int maxCount, @DefaultValue("10ms") Duration backoff) {
	}

}
