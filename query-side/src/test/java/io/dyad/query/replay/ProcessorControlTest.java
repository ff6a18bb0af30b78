package io.dyad.query.replay;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** Over a real Axon configuration: an in-memory event store and tracking processors. */
class ProcessorControlTest {

	private static final String PROJECTION = "opened-relationships";

	private static final String NOTIFIER = "notifier";

	private final OpenedRelationships projection = new OpenedRelationships();

	private final Configuration axon = DefaultConfigurer.defaultConfiguration()
		.configureEmbeddedEventStore((configuration) -> new InMemoryEventStorageEngine())
		.eventProcessing((processing) -> processing.registerTrackingEventProcessor(PROJECTION)
			.registerTrackingEventProcessor(NOTIFIER)
			.registerEventHandler((configuration) -> this.projection)
			.registerEventHandler((configuration) -> new Notifier()))
		.start();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ProcessorControl control = new ProcessorControl(this.axon.eventProcessingConfiguration(),
			this.axon.eventStore(), this.meters);

	@AfterEach
	void shutDown() {
		this.axon.shutdown();
	}

	@Test
	void listsTheProcessorsWithTheirPositionAndLag() {
		openRelationships(10);
		await().until(() -> this.projection.handled.get() == 10);

		ProcessorsView all = this.control.all();

		assertThat(all.headPosition()).isEqualTo(9);
		assertThat(all.processors()).extracting(ProcessorView::name).containsExactly(NOTIFIER, PROJECTION);
		ProcessorView projection = this.control.one(PROJECTION);
		assertThat(projection.streaming()).isTrue();
		assertThat(projection.running()).isTrue();
		assertThat(projection.replaying()).isFalse();
		assertThat(projection.error()).isFalse();
		assertThat(projection.position()).isEqualTo(9);
		assertThat(projection.lag()).isZero();
		assertThat(projection.segments()).singleElement().satisfies((segment) -> {
			assertThat(segment.segmentId()).isZero();
			assertThat(segment.position()).isEqualTo(9);
		});
		assertThat(projection.replay()).isNull();
	}

	@Test
	void replaysFromTheStartOfTheStoreAndReportsProgress() {
		openRelationships(10);
		await().until(() -> this.projection.handled.get() == 10);

		ProcessorView started = this.control.replay(PROJECTION);

		assertThat(this.projection.resets.get()).isEqualTo(1);
		assertThat(started.replay().eventsTotal()).isEqualTo(10);
		ProcessorView replayed = await().until(() -> this.control.one(PROJECTION), (view) -> view.replay().done());
		assertThat(this.projection.handled.get()).isEqualTo(20);
		assertThat(replayed.replaying()).isFalse();
		assertThat(replayed.replay().eventsProcessed()).isEqualTo(10);
		assertThat(replayed.replay().fraction()).isEqualTo(1.0);
		assertThat(gauge("dyad.replay.events.processed")).isEqualTo(10);
		assertThat(gauge("dyad.replay.progress")).isEqualTo(1.0);
		assertThat(gauge("dyad.replay.active")).isZero();
	}

	@Test
	void refusesToReplayAProcessorWhoseHandlersDisallowIt() {
		assertThatExceptionOfType(ReplayNotPossibleException.class).isThrownBy(() -> this.control.replay(NOTIFIER))
			.withMessageContaining(NOTIFIER);
	}

	@Test
	void refusesAnUnknownProcessor() {
		assertThatExceptionOfType(ProcessorNotFoundException.class).isThrownBy(() -> this.control.one("missing"));
		assertThatExceptionOfType(ProcessorNotFoundException.class).isThrownBy(() -> this.control.replay("missing"));
	}

	private double gauge(String name) {
		return this.meters.get(name).tag("processor", PROJECTION).gauge().value();
	}

	private void openRelationships(int count) {
		for (int i = 0; i < count; i++) {
			String id = "r-" + i;
			this.axon.eventStore()
				.publish(new GenericDomainEventMessage<>("Relationship", id, 0,
						new RelationshipOpenedEvent(id, new Organisation("acme", null),
								new Organisation("c-" + i, null), RelationalType.PROSPECTING, List.of(),
								Instant.parse("2025-01-06T09:00:00Z"), Stage.AWARENESS, 0.3, 1.0, 0.0, "trust-v1",
								"stage-v1")));
		}
	}

	@ProcessingGroup(PROJECTION)
	static class OpenedRelationships {

		final AtomicInteger handled = new AtomicInteger();

		final AtomicInteger resets = new AtomicInteger();

		@EventHandler
		void on(RelationshipOpenedEvent event) {
			this.handled.incrementAndGet();
		}

		@ResetHandler
		void reset() {
			this.resets.incrementAndGet();
		}

	}

	@ProcessingGroup(NOTIFIER)
	@DisallowReplay
	static class Notifier {

		@EventHandler
		void on(RelationshipOpenedEvent event) {
		}

	}

}
