package io.dyad.standalone.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StoredTimestampTest {

	@Test
	void readsWhatAxonWritesAsAxonReadsIt() {
		for (String instant : new String[] { "0000-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z",
				"2025-01-06T09:00:00.120Z", "9999-12-31T23:59:59.999999999Z" }) {
			String stored = DateTimeUtils.formatInstant(Instant.parse(instant));

			assertThat(StoredTimestamp.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
		}
	}

	@Test
	void leavesOtherFormsToAxon() {
		for (String stored : new String[] { "2025-01-06T09:00:00Z", "2025-01-06T11:00:00.000+02:00",
				"2025-01-06T09:00:00.123456Z", "+10000-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z" }) {
			assertThat(StoredTimestamp.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
		}
	}

	@Test
	void refusesWhatAxonRefuses() {
		for (String stored : new String[] { "2025-02-29T09:00:00.000Z", "2025-01-06T24:00:00.000Z",
				"2025-13-06T09:00:00.000Z", "2025-01-06 09:00:00.000Z", "yesterday" }) {
			assertThatExceptionOfType(DateTimeParseException.class).as(stored)
				.isThrownBy(() -> StoredTimestamp.parse(stored));
		}
	}

}
