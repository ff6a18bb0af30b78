package io.dyad.query.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.integrity.EventChain;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One event as the event store holds it: the payload as stored (JSON text) next to the
 * message it deserializes into.
 *
 * @param payloadTree the stored payload parsed, or null when the stored text is not JSON
 */
record StoredEvent(DomainEventMessage<?> message, String payloadType, String revision, String payloadJson,
		JsonNode payloadTree) {

	/** The payload fields that carry an event's business time, by event. */
	private static final List<String> BUSINESS_TIME_FIELDS = List.of("occurredAt", "openedAt", "assessedAt",
			"classifiedAt", "at");

	long sequenceNumber() {
		return this.message.getSequenceNumber();
	}

	String eventId() {
		return this.message.getIdentifier();
	}

	/** The event's name without package and suffix, such as InteractionRecorded. */
	String type() {
		String simpleName = this.payloadType.substring(this.payloadType.lastIndexOf('.') + 1);
		return simpleName.endsWith("Event") ? simpleName.substring(0, simpleName.length() - "Event".length())
				: simpleName;
	}

	Instant recordedAt() {
		return this.message.getTimestamp();
	}

	/**
	 * When it happened in the business, as the event itself says; null if it says not.
	 */
	Instant occurredAt() {
		if (this.payloadTree == null) {
			return null;
		}
		for (String field : BUSINESS_TIME_FIELDS) {
			JsonNode value = this.payloadTree.get(field);
			if (value != null && value.isTextual()) {
				try {
					return Instant.parse(value.asText());
				}
				catch (DateTimeParseException ex) {
					return null;
				}
			}
		}
		return null;
	}

	/** The business time, or the recorded time for an event that carries none. */
	Instant businessTime() {
		Instant occurredAt = occurredAt();
		return (occurredAt != null) ? occurredAt : recordedAt();
	}

	Map<String, Object> metadata() {
		return this.message.getMetaData();
	}

	Object payload() {
		return this.message.getPayload();
	}

	ChainLink link() {
		Object hash = metadata().get(EventChain.HASH);
		Object sequence = metadata().get(EventChain.SEQUENCE);
		return new ChainLink(sequenceNumber(), this.payloadType, this.revision, this.payloadJson,
				(hash instanceof String text) ? text : null,
				(sequence instanceof Number number) ? Long.valueOf(number.longValue()) : null);
	}

}
