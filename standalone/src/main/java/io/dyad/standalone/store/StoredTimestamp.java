package io.dyad.standalone.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.axonframework.common.DateTimeUtils;

/**
 * Reads the timestamps Axon's JDBC engine stores. The engine writes each one as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ}: those are read digit by digit, many times faster than
 * through a {@code DateTimeFormatter}, and any other form goes to Axon's own parser.
 */
final class StoredTimestamp {

	private static final String FORM = "0000-00-00T00:00:00.000Z";

	private StoredTimestamp() {
	}

	static Instant parse(String stored) {
		if (!inStoredForm(stored)) {
			return DateTimeUtils.parseInstant(stored);
		}
		try {
			return LocalDateTime
				.of(number(stored, 0, 4), number(stored, 5, 7), number(stored, 8, 10), number(stored, 11, 13),
						number(stored, 14, 16), number(stored, 17, 19), number(stored, 20, 23) * 1_000_000)
				.toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			return DateTimeUtils.parseInstant(stored);
		}
	}

	private static boolean inStoredForm(String stored) {
		if (stored.length() != FORM.length()) {
			return false;
		}
		for (int i = 0; i < FORM.length(); i++) {
			char expected = FORM.charAt(i);
			char actual = stored.charAt(i);
			if ((expected == '0') ? (actual < '0' || actual > '9') : (actual != expected)) {
				return false;
			}
		}
		return true;
	}

	private static int number(String stored, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (stored.charAt(i) - '0');
		}
		return value;
	}

}
