package io.dyad.query.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as stored in the read models: fixed-width UTC strings with nanoseconds. BSON
 * dates keep only milliseconds, which would change the times events recorded; a fixed
 * width keeps string order chronological, so indexes and sorts still work.
 */
public final class StoredInstant {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private StoredInstant() {
	}

	public static String write(Instant instant) {
		return (instant != null) ? FORMAT.format(instant) : null;
	}

	public static Instant read(String stored) {
		return (stored != null) ? FORMAT.parse(stored, Instant::from) : null;
	}

}
