package io.dyad.query.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How far each streaming processor is behind the head of the event store
 * ({@code dyad.projection.lag}, in event-stream positions), measured at every scrape.
 * Axon's own {@code eventProcessor.latency} gives the same in time.
 */
@Component
class ProjectionLagGauges {

	private final ProcessorControl processors;

	private final EventProcessingConfiguration processing;

	private final MeterRegistry meters;

	ProjectionLagGauges(ProcessorControl processors, EventProcessingConfiguration processing, MeterRegistry meters) {
		this.processors = processors;
		this.processing = processing;
		this.meters = meters;
	}

	/** Axon has built its processors once the application has started. */
	@EventListener(ApplicationStartedEvent.class)
	void register() {
		this.processing.eventProcessors()
			.values()
			.stream()
			.filter(StreamingEventProcessor.class::isInstance)
			.map(EventProcessor::getName)
			.forEach((name) -> Gauge.builder("dyad.projection.lag", () -> this.processors.one(name).lag())
				.tag("processor", name)
				.description("Events in the store the processor's slowest segment has not handled yet")
				.register(this.meters));
	}

}
