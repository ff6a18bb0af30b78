package io.dyad.standalone.store;

import java.time.Instant;

import io.dyad.api.time.InstantText;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the timestamps Axon's JDBC engine stores. The engine writes each one as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, a form {@link InstantText} reads many times faster
 * than a {@code DateTimeFormatter}; any other form goes to Axon's own parser.
 */
final class StoredTimestamp {

	private StoredTimestamp() {
	}

	static Instant parse(String stored) {
		Instant instant = InstantText.parse(stored);
		return (instant != null) ? instant : DateTimeUtils.parseInstant(stored);
	}

}
