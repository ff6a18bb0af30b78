package io.dyad.command.integrity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.integrity.EventChain;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Two command-side instances ("A" and "B") appending to one relationship over one JDBC
 * event store, each with its own interceptor and cache.
 */
class EventChainInterceptorTest {

	private static final String RELATIONSHIP = "r-chain";

	private final Serializer serializer = JacksonSerializer.builder()
		.objectMapper(JsonMapper.builder().findAndAddModules().build())
		.build();

	private final JdbcEventStorageEngine engine = jdbcEngine();

	private final EventStore instanceA = chainedEventStore();

	private final EventStore instanceB = chainedEventStore();

	@AfterEach
	void shutDown() {
		((EmbeddedEventStore) this.instanceA).shutDown();
		((EmbeddedEventStore) this.instanceB).shutDown();
	}

	@Test
	void chainsEventsAppendedTogetherAndOneByOne() {
		appendInOneUnitOfWork(this.instanceA, event(0), event(1), event(2));
		appendInOneUnitOfWork(this.instanceA, event(3));
		appendInOneUnitOfWork(this.instanceA, event(4));

		assertThat(storedHashes()).hasSize(5).isEqualTo(recomputedChain());
	}

	@Test
	void chainsToWhatAnotherInstanceAppendedMeanwhile() {
		appendInOneUnitOfWork(this.instanceA, event(0), event(1));
		appendInOneUnitOfWork(this.instanceB, event(2));
		appendInOneUnitOfWork(this.instanceA, event(3));

		assertThat(storedHashes()).hasSize(4).isEqualTo(recomputedChain());
	}

	@Test
	void forgetsTheHashOfAnAppendThatFailed() {
		appendInOneUnitOfWork(this.instanceA, event(0));
		appendInOneUnitOfWork(this.instanceB, event(1));
		assertThatException().isThrownBy(() -> appendInOneUnitOfWork(this.instanceA, event(1, "lost")));
		appendInOneUnitOfWork(this.instanceA, event(2));

		assertThat(storedHashes()).hasSize(3).isEqualTo(recomputedChain());
	}

	@Test
	void chainsEventsPublishedOutsideAUnitOfWork() {
		this.instanceA.publish(event(0), event(1));
		this.instanceA.publish(event(2));

		assertThat(storedHashes()).hasSize(3).isEqualTo(recomputedChain());
	}

	@Test
	void chainsToAHistoryStoredBeforeEventsWereHashed() {
		EventStore unchained = EmbeddedEventStore.builder().storageEngine(this.engine).build();
		appendInOneUnitOfWork(unchained, event(0), event(1));
		appendInOneUnitOfWork(this.instanceA, event(2));

		assertThat(storedHashes().get(2)).isEqualTo(recomputedChain().get(2));
		((EmbeddedEventStore) unchained).shutDown();
	}

	@Test
	void recordsTheSequenceEachEventWasHashedAt() {
		appendInOneUnitOfWork(this.instanceA, event(0), event(1));

		assertThat(stored()).extracting((event) -> ((Number) event.getMetaData().get(EventChain.SEQUENCE)).longValue())
			.containsExactly(0L, 1L);
	}

	@Test
	void leavesEventsOfNoAggregateAlone() {
		EventMessage<String> notification = GenericEventMessage.asEventMessage("not part of any relationship");
		EventChainInterceptor interceptor = new EventChainInterceptor(this.instanceA, this.serializer,
				new ChainHeads(10));

		assertThat(interceptor.handle(List.of(notification)).apply(0, notification)).isSameAs(notification);
	}

	private void appendInOneUnitOfWork(EventStore eventStore, DomainEventMessage<?>... events) {
		DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
	}

	private List<DomainEventMessage<?>> stored() {
		List<DomainEventMessage<?>> events = new ArrayList<>();
		this.engine.readEvents(RELATIONSHIP, 0).forEachRemaining(events::add);
		return events;
	}

	private List<String> storedHashes() {
		return stored().stream().map((event) -> (String) event.getMetaData().get(EventChain.HASH)).toList();
	}

	private List<String> recomputedChain() {
		List<String> chain = new ArrayList<>();
		String previous = EventChain.GENESIS;
		DomainEventStream events = this.engine.readEvents(RELATIONSHIP, 0);
		while (events.hasNext()) {
			DomainEventMessage<?> event = events.next();
			SerializedObject<byte[]> payload = event.serializePayload(this.serializer, byte[].class);
			previous = EventChain.hash(previous, payload.getType().getName(), payload.getType().getRevision(),
					event.getSequenceNumber(), new String(payload.getData(), StandardCharsets.UTF_8));
			chain.add(previous);
		}
		return chain;
	}

	private static DomainEventMessage<?> event(long sequence) {
		return event(sequence, "interaction-" + sequence);
	}

	private static DomainEventMessage<?> event(long sequence, String triggeredBy) {
		RiskClearedEvent payload = new RiskClearedEvent(RELATIONSHIP, Instant.parse("2025-01-20T10:00:00Z"),
				triggeredBy, 0.4, 0, "trust-v1", "stage-v1");
		return new GenericDomainEventMessage<>("Relationship", RELATIONSHIP, sequence, payload);
	}

	private EventStore chainedEventStore() {
		EventStore eventStore = EmbeddedEventStore.builder().storageEngine(this.engine).build();
		eventStore
			.registerDispatchInterceptor(new EventChainInterceptor(eventStore, this.serializer, new ChainHeads(10)));
		return eventStore;
	}

	private JdbcEventStorageEngine jdbcEngine() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		JdbcEventStorageEngine jdbc = JdbcEventStorageEngine.builder()
			.connectionProvider(new DataSourceConnectionProvider(dataSource))
			.transactionManager(NoTransactionManager.INSTANCE)
			.eventSerializer(this.serializer)
			.snapshotSerializer(this.serializer)
			.build();
		jdbc.createSchema(PostgresEventTableFactory.INSTANCE);
		return jdbc;
	}

}
