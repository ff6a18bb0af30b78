package io.dyad.command.web;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a command's instant from ISO-8601 text with an offset, such as
 * {@code 2025-01-20T10:00:00Z} or {@code 2025-01-20T11:00+01:00}, and from nothing else.
 * Jackson's own reader takes a number, or a string of digits, as seconds since the epoch:
 * a client that sent Unix time in milliseconds would have its interaction recorded
 * thousands of years away.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

	private static final long serialVersionUID = 1L;

	IsoInstantDeserializer() {
		super(Instant.class);
	}

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}
		String text = parser.getText();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
		}
	}

}
