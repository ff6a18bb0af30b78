package io.dyad.query.config;

import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
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
		MessageMonitor<? super EventMessage<?>> monitor = this.meters.registerEventProcessor("eventProcessor",
				(message) -> Tags.of("payloadType", message.getPayloadType().getSimpleName(), "processorName",
						"stage-history"),
				(message) -> Tags.of("processorName", "stage-history"));

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

		MessageMonitor.MonitorCallback handling = monitor
			.onMessageIngested(GenericEventMessage.asEventMessage("an event"));
		this.clock.add(ProcessorMeters.CAPACITY_WINDOW.dividedBy(3));
		handling.reportSuccess();

		assertThat(capacity()).isCloseTo(1 / 3.0, within(1e-9));
		this.clock.add(ProcessorMeters.CAPACITY_WINDOW.plusSeconds(1));
		assertThat(capacity()).isZero();
	}

	private double capacity() {
		return this.registry.get("stage-history.capacity").gauge().value();
	}

	private static void handle(MessageMonitor<? super EventMessage<?>> monitor, EventMessage<?> event) {
		monitor.onMessageIngested(event).reportSuccess();
	}

	private List<String> meterNames() {
		return this.registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).distinct().toList();
	}

}
