package io.dyad.query.config;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * Axon's meters, with only latency and capacity for each event processor, each gauge
 * registered once. Axon adds a timer and five counters per processor too, and looks each
 * of them up per handled event and per payload type: in a replay, the monitors took a
 * quarter of each processor's time. The buses and the store keep Axon's meters, but the
 * command bus's capacity is measured as the processors' is.
 */
class ProcessorMeters extends GlobalMetricRegistry {

	/**
	 * Prometheus's scrape interval in {@code deploy/}, so that each scrape reads the
	 * capacity of the time since the last one (Axon's default is ten minutes).
	 */
	static final Duration CAPACITY_WINDOW = Duration.ofSeconds(15);

	ProcessorMeters(MeterRegistry registry) {
		super(registry);
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name) {
		return registerEventProcessor(name, (message) -> List.of(), (message) -> List.of());
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name,
			Function<Message<?>, Iterable<Tag>> payloadTags, Function<Message<?>, Iterable<Tag>> processorTags) {
		return new MultiMessageMonitor<>(List.of(new ProcessorLatency(name, getRegistry(), processorTags),
				new HandlingCapacity(name, getRegistry(), payloadTags, CAPACITY_WINDOW)));
	}

	@Override
	public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name) {
		return registerCommandBus(name, (message) -> List.of());
	}

	/**
	 * Axon's timers and counters for the command bus, with the capacity of the
	 * processors.
	 */
	@Override
	public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
			Function<Message<?>, Iterable<Tag>> tags) {
		return new MultiMessageMonitor<>(List.of(MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
				new HandlingCapacity(name, getRegistry(), tags, CAPACITY_WINDOW),
				MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
	}

}
