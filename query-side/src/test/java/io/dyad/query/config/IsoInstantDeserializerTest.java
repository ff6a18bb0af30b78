package io.dyad.query.config;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantDeserializerTest {

	private final ObjectMapper jacksons = new ObjectMapper().registerModule(new JavaTimeModule());

	private final ObjectMapper dyads = new ObjectMapper().registerModule(new JavaTimeModule())
		.registerModule(new SimpleModule().addDeserializer(Instant.class, new IsoInstantDeserializer()));

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-07T09:00:00Z", "2025-01-07T09:00:00.5Z", "2025-01-07T09:00:00.123Z",
			"2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.000000001Z",
			"1969-12-31T23:59:59.9Z", "2025-01-07T09:00:00+02:00", "2025-01-07T24:00:00Z", "2025-01-07T09:00:00.Z",
			" 2025-01-07T09:00:00Z", "1736240400", "1736240400.5", "+12025-01-07T09:00:00Z" })
	void readsAsJacksonDoes(String text) throws Exception {
		String json = "\"" + text + "\"";
		assertThat(this.dyads.readValue(json, Instant.class)).isEqualTo(this.jacksons.readValue(json, Instant.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-29T09:00:00Z", "2025-01-07T09:00:00.1234567890Z", "2025-13-07T09:00:00Z",
			"2025-01-07 09:00:00Z", "2025-01-07T09:00:00", "2025-01-07T9:00:00Z" })
	void refusesWhatJacksonRefuses(String text) {
		String json = "\"" + text + "\"";
		assertThatThrownBy(() -> this.jacksons.readValue(json, Instant.class))
			.isInstanceOf(InvalidFormatException.class);
		assertThatThrownBy(() -> this.dyads.readValue(json, Instant.class)).isInstanceOf(InvalidFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-07T09:00:00Z", "2025-01-07T09:00:00.123456Z" })
	void readsTheFormInstantsAreWrittenIn(String text) throws Exception {
		assertThat(this.dyads.readValue("\"" + text + "\"", Instant.class)).isEqualTo(Instant.parse(text));
	}

}
