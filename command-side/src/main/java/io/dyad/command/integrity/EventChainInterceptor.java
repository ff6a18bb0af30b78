package io.dyad.command.integrity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.dyad.api.integrity.EventChain;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Adds to every domain event, as the event store is about to append it, the hash that
 * chains it to the event before it in the same aggregate ({@link EventChain}). The hash
 * covers the payload as the event serializer stores it, so the verifier can recompute it
 * from the store alone.
 */
final class EventChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

	private static final String PENDING_HEADS = EventChainInterceptor.class.getName() + ".pendingHeads";

	private final EventStore eventStore;

	private final Serializer eventSerializer;

	private final ChainHeads heads;

	EventChainInterceptor(EventStore eventStore, Serializer eventSerializer, ChainHeads heads) {
		this.eventStore = eventStore;
		this.eventSerializer = eventSerializer;
		this.heads = heads;
	}

	@Override
	public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
		Map<String, ChainHead> pending = pendingHeads();
		return (index, message) -> (message instanceof DomainEventMessage<?> event) ? chain(event, pending) : message;
	}

	private EventMessage<?> chain(DomainEventMessage<?> event, Map<String, ChainHead> pending) {
		String relationshipId = event.getAggregateIdentifier();
		long sequence = event.getSequenceNumber();
		String hash = hashOf(event, previousHash(relationshipId, sequence, pending));
		pending.put(relationshipId, new ChainHead(sequence, hash));
		return event.andMetaData(Map.of(EventChain.HASH, hash, EventChain.SEQUENCE, sequence));
	}

	private String hashOf(DomainEventMessage<?> event, String previousHash) {
		SerializedObject<byte[]> payload = event.serializePayload(this.eventSerializer, byte[].class);
		return EventChain.hash(previousHash, payload.getType().getName(), payload.getType().getRevision(),
				event.getSequenceNumber(), new String(payload.getData(), StandardCharsets.UTF_8));
	}

	/**
	 * The previous hash from, in turn: this unit of work, the heads this instance
	 * committed, the event store.
	 */
	private String previousHash(String relationshipId, long sequence, Map<String, ChainHead> pending) {
		if (sequence == 0) {
			return EventChain.GENESIS;
		}
		ChainHead inThisUnitOfWork = pending.get(relationshipId);
		if (inThisUnitOfWork != null && inThisUnitOfWork.precedes(sequence)) {
			return inThisUnitOfWork.hash();
		}
		ChainHead committed = this.heads.get(relationshipId);
		if (committed != null && committed.precedes(sequence)) {
			return committed.hash();
		}
		return storedHash(relationshipId, sequence - 1);
	}

	private String storedHash(String relationshipId, long sequence) {
		DomainEventStream stored = this.eventStore.readEvents(relationshipId, sequence);
		while (stored.hasNext()) {
			DomainEventMessage<?> event = stored.next();
			if (event.getSequenceNumber() == sequence
					&& event.getMetaData().get(EventChain.HASH) instanceof String hash) {
				return hash;
			}
		}
		return recomputedHash(relationshipId, sequence);
	}

	/**
	 * For a history stored before events were hashed: the hash its events would carry, so
	 * new events still chain to what is stored.
	 */
	private String recomputedHash(String relationshipId, long upToSequence) {
		String hash = EventChain.GENESIS;
		DomainEventStream stored = this.eventStore.readEvents(relationshipId, 0);
		while (stored.hasNext()) {
			DomainEventMessage<?> event = stored.next();
			if (event.getSequenceNumber() > upToSequence) {
				break;
			}
			hash = hashOf(event, hash);
		}
		return hash;
	}

	/**
	 * Heads hashed in the current unit of work; they reach the shared cache only once the
	 * events are committed, so a rolled-back append never misleads the next one. Without
	 * a unit of work nothing tells when the append succeeded, so nothing is cached.
	 */
	private Map<String, ChainHead> pendingHeads() {
		if (!CurrentUnitOfWork.isStarted()) {
			return new HashMap<>();
		}
		UnitOfWork<?> root = CurrentUnitOfWork.get().root();
		return root.getOrComputeResource(PENDING_HEADS, (key) -> {
			Map<String, ChainHead> pending = new HashMap<>();
			root.afterCommit((committed) -> this.heads.stored(pending));
			return pending;
		});
	}

}
