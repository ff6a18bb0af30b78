package io.dyad.query.config;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProcessorMetersTest {

	private final MockClock clock = new MockClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final ProcessorMeters meters = new ProcessorMeters(this.registry);

	@Test
	void measuresEachProcessorsLatencyAndCapacityOnly() {
		MessageMonitor<? super EventMessage<?>> monitor = dimensional("stage-history");

		handle(monitor, GenericEventMessage.asEventMessage("an event"));

		assertThat(meterNames()).containsExactlyInAnyOrder("eventProcessor.latency", "eventProcessor.capacity");
		assertThat(this.registry.get("eventProcessor.latency").tags("processorName", "stage-history").gauge())
			.isNotNull();
		assertThat(this.registry.get("eventProcessor.capacity")
			.tags("processorName", "stage-history", "payloadType", "String")
			.gauge()).isNotNull();
	}

	@Test
	void namesTheMetersAfterTheProcessorWithoutDimensions() {
		handle(this.meters.registerEventProcessor("stage-history"), GenericEventMessage.asEventMessage("an event"));

		assertThat(meterNames()).containsExactlyInAnyOrder("stage-history.latency", "stage-history.capacity");
	}

	@Test
	void measuresCapacityOverTheLastScrapeInterval() {
		MessageMonitor<? super EventMessage<?>> monitor = this.meters.registerEventProcessor("stage-history");

		handleTaking(monitor, GenericEventMessage.asEventMessage("an event"),
				ProcessorMeters.CAPACITY_WINDOW.dividedBy(3));

		assertThat(capacity()).isCloseTo(1 / 3.0, within(1e-9));
		this.clock.add(ProcessorMeters.CAPACITY_WINDOW.plusSeconds(1));
		assertThat(capacity()).isZero();
	}

	@Test
	void measuresLatencyFromTheNewestEventTakenIn() {
		MessageMonitor<? super EventMessage<?>> monitor = this.meters.registerEventProcessor("stage-history");
		Instant now = Instant.ofEpochMilli(this.clock.wallTime());

		handle(monitor, eventAt(now.minusMillis(250)));
		assertThat(latency()).isEqualTo(250);
		handle(monitor, eventAt(now.minusMillis(40)));
		assertThat(latency()).isEqualTo(40);
		this.clock.add(Duration.ofMillis(5));
		handle(monitor, eventAt(now));
		assertThat(latency()).isEqualTo(5);
	}

	@Test
	void keepsOneCapacityPerPayloadTypeAndOneLatencyPerProcessor() {
		MessageMonitor<? super EventMessage<?>> monitor = dimensional("analytics");
		Duration third = ProcessorMeters.CAPACITY_WINDOW.dividedBy(3);

		for (Object payload : List.of("an event", 42, "another event")) {
			MessageMonitor.MonitorCallback handling = monitor
				.onMessageIngested(GenericEventMessage.asEventMessage(payload));
			this.clock.add(third.dividedBy(2));
			handling.reportSuccess();
		}

		assertThat(this.registry.get("eventProcessor.latency").gauges()).hasSize(1);
		assertThat(this.registry.get("eventProcessor.capacity").gauges()).hasSize(2);
		assertThat(capacityOf("String")).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(capacityOf("Integer")).isCloseTo(1 / 6.0, within(1e-9));
	}

	@Test
	void countsFailedAndIgnoredEventsInTheCapacity() {
		MessageMonitor<? super EventMessage<?>> monitor = this.meters.registerEventProcessor("stage-history");
		Duration sixth = ProcessorMeters.CAPACITY_WINDOW.dividedBy(6);

		MessageMonitor.MonitorCallback failing = monitor.onMessageIngested(GenericEventMessage.asEventMessage("x"));
		this.clock.add(sixth);
		failing.reportFailure(new IllegalStateException("a failed handler"));
		MessageMonitor.MonitorCallback ignoring = monitor.onMessageIngested(GenericEventMessage.asEventMessage("y"));
		this.clock.add(sixth);
		ignoring.reportIgnored();

		assertThat(capacity()).isCloseTo(1 / 3.0, within(1e-9));
	}

	@Test
	void registersGaugesOnlyForTagsNotSeenBefore() {
		MessageMonitor<? super EventMessage<?>> monitor = this.meters.registerEventProcessor("stage-history");
		handle(monitor, GenericEventMessage.asEventMessage("an event"));
		this.registry.getMeters().forEach(this.registry::remove);

		handle(monitor, GenericEventMessage.asEventMessage("another event"));

		assertThat(this.registry.getMeters()).isEmpty();
	}

	@Test
	void keepsAxonsCommandBusMetersWithTheCapacityOverTheLastScrapeInterval() {
		MessageMonitor<? super CommandMessage<?>> monitor = this.meters.registerCommandBus("commandBus",
				(message) -> Tags.of("payloadType", message.getPayloadType().getSimpleName()));

		handleTaking(monitor, GenericCommandMessage.asCommandMessage("a command"),
				ProcessorMeters.CAPACITY_WINDOW.dividedBy(4));

		assertThat(meterNames()).contains("commandBus.allTimer", "commandBus.successTimer",
				"commandBus.ingestedCounter", "commandBus.successCounter", "commandBus.capacity");
		assertThat(this.registry.get("commandBus.successCounter").counter().count()).isEqualTo(1);
		Gauge capacity = this.registry.get("commandBus.capacity").tag("payloadType", "String").gauge();
		assertThat(capacity.value()).isCloseTo(1 / 4.0, within(1e-9));
		this.clock.add(ProcessorMeters.CAPACITY_WINDOW.plusSeconds(1));
		assertThat(capacity.value()).isZero();
	}

	@Test
	void givesTheCommandBusTheSameMetersWithoutTags() {
		MessageMonitor<? super CommandMessage<?>> monitor = this.meters.registerCommandBus("commandBus");

		handleTaking(monitor, GenericCommandMessage.asCommandMessage("a command"),
				ProcessorMeters.CAPACITY_WINDOW.dividedBy(5));

		assertThat(meterNames()).contains("commandBus.allTimer", "commandBus.successCounter", "commandBus.capacity");
		Gauge capacity = this.registry.get("commandBus.capacity").gauge();
		assertThat(capacity.getId().getTags()).isEmpty();
		assertThat(capacity.value()).isCloseTo(1 / 5.0, within(1e-9));
	}

	/** The tags Axon's dimensional meters give an event processor. */
	private MessageMonitor<? super EventMessage<?>> dimensional(String processorName) {
		return this.meters.registerEventProcessor("eventProcessor", (message) -> Tags.of("payloadType",
				message.getPayloadType().getSimpleName(), "processorName", processorName),
				(message) -> Tags.of("processorName", processorName));
	}

	private double capacityOf(String payloadType) {
		return this.registry.get("eventProcessor.capacity").tag("payloadType", payloadType).gauge().value();
	}

	private double latency() {
		return this.registry.get("stage-history.latency").gauge().value();
	}

	private static EventMessage<String> eventAt(Instant timestamp) {
		return new GenericEventMessage<>(UUID.randomUUID().toString(), "an event", Map.of(), timestamp);
	}

	private double capacity() {
		return this.registry.get("stage-history.capacity").gauge().value();
	}

	private static void handle(MessageMonitor<? super EventMessage<?>> monitor, EventMessage<?> event) {
		monitor.onMessageIngested(event).reportSuccess();
	}

	/** Handles the message successfully in the given time on the test's clock. */
	private <M extends Message<?>> void handleTaking(MessageMonitor<? super M> monitor, M message, Duration time) {
		MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(message);
		this.clock.add(time);
		handling.reportSuccess();
	}

	private List<String> meterNames() {
		return this.registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).distinct().toList();
	}

}
