package io.dyad.standalone.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import io.dyad.standalone.DyadIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores relationship events as the command side would, one unit of work per command, and
 * tampers with them behind Axon's back, straight in the event table.
 */
abstract class AuditIntegrationTest extends DyadIntegrationTest {

	static final String SENDER = "sender";

	@Autowired
	private EventStore eventStore;

	@Autowired
	private TransactionManager transactionManager;

	@Autowired
	protected JdbcTemplate jdbc;

	static String newRelationshipId() {
		return "audit-" + UUID.randomUUID();
	}

	/** The events of one command, recorded now. */
	protected void record(String relationshipId, Object... payloads) {
		recordAt(Instant.now(), relationshipId, payloads);
	}

	/** The events of one command, recorded at the given instant. */
	protected void recordAt(Instant recordedAt, String relationshipId, Object... payloads) {
		long next = this.eventStore.lastSequenceNumberFor(relationshipId).map((last) -> last + 1).orElse(0L);
		UnitOfWork<?> unitOfWork = DefaultUnitOfWork
			.startAndGet(GenericCommandMessage.asCommandMessage("command for " + relationshipId)
				.andMetaData(Map.of(SENDER, "audit-it")));
		unitOfWork.registerCorrelationDataProvider(new MessageOriginProvider());
		unitOfWork.registerCorrelationDataProvider(new SimpleCorrelationDataProvider(SENDER));
		unitOfWork.attachTransaction(this.transactionManager);
		unitOfWork.execute(() -> {
			DomainEventMessage<?>[] events = new DomainEventMessage<?>[payloads.length];
			for (int i = 0; i < payloads.length; i++) {
				events[i] = new GenericDomainEventMessage<>("Relationship", relationshipId, next + i, payloads[i],
						CurrentUnitOfWork.correlationData(), IdentifierFactory.getInstance().generateIdentifier(),
						recordedAt);
			}
			this.eventStore.publish(events);
		});
	}

	protected byte[] storedPayload(String relationshipId, long sequenceNumber) {
		return this.jdbc.queryForObject(
				"SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
				byte[].class, relationshipId, sequenceNumber);
	}

	protected void storePayload(String relationshipId, long sequenceNumber, byte[] payload) {
		this.jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
				payload, relationshipId, sequenceNumber);
	}

	protected void deleteEvent(String relationshipId, long sequenceNumber) {
		this.jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
				relationshipId, sequenceNumber);
	}

	/** Swaps the places of two stored events, each keeping its content and metadata. */
	protected void swapEvents(String relationshipId, long first, long second) {
		moveEvent(relationshipId, first, -1);
		moveEvent(relationshipId, second, first);
		moveEvent(relationshipId, -1, second);
	}

	private void moveEvent(String relationshipId, long from, long to) {
		this.jdbc.update(
				"UPDATE DomainEventEntry SET sequenceNumber = ? WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
				to, relationshipId, from);
	}

}
