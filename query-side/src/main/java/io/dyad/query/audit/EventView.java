package io.dyad.query.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One stored event as auditors read it.
 *
 * @param type the event's simple name, such as InteractionRecorded
 * @param payloadType the stored class name
 * @param occurredAt business time: when it happened, as the event says
 * @param recordedAt when the event store recorded it
 * @param payload the stored JSON, or the stored text as a string when it is not JSON
 * @param metadata who sent the command, correlation and trace ids, the chain hash
 */
record EventView(long sequenceNumber, String eventId, String type, String payloadType, String revision,
		Instant occurredAt, Instant recordedAt, JsonNode payload, Map<String, Object> metadata) {

	static EventView of(StoredEvent event) {
		JsonNode payload = (event.payloadTree() != null) ? event.payloadTree() : TextNode.valueOf(event.payloadJson());
		return new EventView(event.sequenceNumber(), event.eventId(), event.type(), event.payloadType(),
				event.revision(), event.occurredAt(), event.recordedAt(), payload, event.metadata());
	}

}
