package io.dyad.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/**
 * Handler calls run as a pooled streaming processor runs a batch: one message after the
 * other in one batching unit of work, which rolls back when a handler fails.
 */
public final class ProcessorBatch {

	private final Map<EventMessage<?>, Runnable> handlers = new LinkedHashMap<>();

	public ProcessorBatch then(Runnable handler) {
		this.handlers.put(GenericEventMessage.asEventMessage("message " + this.handlers.size()), handler);
		return this;
	}

	/**
	 * A handler call for an event of the relationship, as the event store delivers it.
	 */
	public ProcessorBatch then(String relationshipId, Runnable handler) {
		this.handlers.put(new GenericDomainEventMessage<>("Relationship", relationshipId, this.handlers.size(),
				"message " + this.handlers.size()), handler);
		return this;
	}

	/** Whether the batch committed. */
	public boolean process() {
		BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(
				new ArrayList<>(this.handlers.keySet()));
		ResultMessage<Object> result = unitOfWork.executeWithResult(() -> {
			this.handlers.get(unitOfWork.getMessage()).run();
			return null;
		});
		return !result.isExceptional();
	}

}
