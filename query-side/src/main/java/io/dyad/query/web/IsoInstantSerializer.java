package io.dyad.query.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;

/**
 * Writes instants exactly as {@link Instant#toString()} does, without Java 17's
 * general-purpose {@code DateTimeFormatter} that it goes through: a trust trajectory
 * answer writes up to 10,000 of them. A property with its own {@code @JsonFormat} and
 * years outside 0–9999 keep Jackson's own formatting.
 */
final class IsoInstantSerializer extends InstantSerializer {

	private static final long serialVersionUID = 1L;

	private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

	IsoInstantSerializer() {
	}

	private IsoInstantSerializer(IsoInstantSerializer base, Boolean useTimestamp, DateTimeFormatter formatter,
			JsonFormat.Shape shape) {
		super(base, useTimestamp, formatter, shape);
	}

	private IsoInstantSerializer(IsoInstantSerializer base, Boolean useTimestamp, Boolean useNanoseconds,
			DateTimeFormatter formatter) {
		super(base, useTimestamp, useNanoseconds, formatter);
	}

	/** Jackson makes a copy for every property; the copies must stay of this kind. */
	@Override
	protected InstantSerializer withFormat(Boolean useTimestamp, DateTimeFormatter formatter, JsonFormat.Shape shape) {
		return new IsoInstantSerializer(this, useTimestamp, formatter, shape);
	}

	@Override
	protected InstantSerializer withFeatures(Boolean writeZoneId, Boolean writeNanoseconds) {
		return new IsoInstantSerializer(this, this._useTimestamp, writeNanoseconds, this._formatter);
	}

	@Override
	protected String formatValue(Instant value, SerializerProvider provider) {
		if (this._formatter != null || value.isBefore(FIRST) || !value.isBefore(END)) {
			return super.formatValue(value, provider);
		}
		LocalDateTime time = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
		StringBuilder text = new StringBuilder(30);
		digits(text, time.getYear(), 4).append('-');
		digits(text, time.getMonthValue(), 2).append('-');
		digits(text, time.getDayOfMonth(), 2).append('T');
		digits(text, time.getHour(), 2).append(':');
		digits(text, time.getMinute(), 2).append(':');
		digits(text, time.getSecond(), 2);
		int nano = value.getNano();
		if (nano != 0) {
			// As ISO_INSTANT: milliseconds, microseconds or nanoseconds, whichever is
			// exact.
			text.append('.');
			if (nano % 1_000_000 == 0) {
				digits(text, nano / 1_000_000, 3);
			}
			else if (nano % 1_000 == 0) {
				digits(text, nano / 1_000, 6);
			}
			else {
				digits(text, nano, 9);
			}
		}
		return text.append('Z').toString();
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		String number = Integer.toString(value);
		for (int pad = number.length(); pad < width; pad++) {
			text.append('0');
		}
		return text.append(number);
	}

}
