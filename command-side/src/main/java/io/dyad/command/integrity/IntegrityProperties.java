package io.dyad.command.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param chainCacheSize how many relationships' latest hashes to keep, sparing a read of
 * the event store before each append
 */
@ConfigurationProperties("dyad.integrity")
record IntegrityProperties(@DefaultValue("10000") int chainCacheSize) {
}
