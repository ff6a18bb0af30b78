package io.dyad.query.config;

import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;

/**
 * Axon's message-origin correlation ({@code correlationId}, {@code traceId}) for the
 * commands and queries a unit of work handles, none for the events it handles. Axon asks
 * for correlation data once per event and processor, to stamp a result the processor
 * drops, and Axon's provider deserializes the stored event's metadata to find its trace:
 * a sixth of each processor's time in a replay. The projections send no commands and
 * publish no events, so nothing they send needs the event's origin, while every event a
 * command causes still carries the command's.
 */
final class RequestOrigins implements CorrelationDataProvider {

	private final MessageOriginProvider origins = new MessageOriginProvider();

	@Override
	public Map<String, ?> correlationDataFor(Message<?> message) {
		return (message instanceof EventMessage) ? Map.of() : this.origins.correlationDataFor(message);
	}

}
