package io.dyad.query.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads relationships' histories straight from the event store, independently of the
 * projections.
 */
@Component
class EventHistory {

	private final EventStore eventStore;

	private final Serializer eventSerializer;

	/** Keeps numbers as stored: an amount of 1200.00 stays 1200.00. */
	private final ObjectReader json;

	EventHistory(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer, ObjectMapper json) {
		this.eventStore = eventStore;
		this.eventSerializer = eventSerializer;
		this.json = json.reader()
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
	}

	/**
	 * @throws RelationshipNotFoundException when the store holds no event of the
	 * relationship
	 */
	long lastSequence(String relationshipId) {
		return this.eventStore.lastSequenceNumberFor(relationshipId)
			.orElseThrow(() -> new RelationshipNotFoundException(relationshipId));
	}

	/**
	 * The relationship's events from the given sequence number on, in order, read lazily.
	 */
	Stream<StoredEvent> from(String relationshipId, long fromSequence) {
		return this.eventStore.readEvents(relationshipId, fromSequence).asStream().map(this::stored);
	}

	/**
	 * The relationships with events stored before this call, found by reading the whole
	 * event stream once.
	 */
	Set<String> relationshipIds() throws InterruptedException {
		Set<String> ids = new LinkedHashSet<>();
		TrackingToken head = this.eventStore.createHeadToken();
		if (head == null || head.position().isEmpty()) {
			return ids;
		}
		long headPosition = head.position().getAsLong();
		try (BlockingStream<TrackedEventMessage<?>> stream = this.eventStore.openStream(null)) {
			while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
				TrackedEventMessage<?> event = stream.nextAvailable();
				if (event instanceof DomainEventMessage<?> domainEvent) {
					ids.add(domainEvent.getAggregateIdentifier());
				}
				if (event.trackingToken().position().orElse(Long.MAX_VALUE) >= headPosition) {
					break;
				}
			}
		}
		return ids;
	}

	private StoredEvent stored(DomainEventMessage<?> event) {
		SerializedObject<byte[]> payload = event.serializePayload(this.eventSerializer, byte[].class);
		String payloadJson = new String(payload.getData(), StandardCharsets.UTF_8);
		return new StoredEvent(event, payload.getType().getName(), payload.getType().getRevision(), payloadJson,
				parsed(payloadJson));
	}

	private JsonNode parsed(String payloadJson) {
		try {
			return this.json.readTree(payloadJson);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
