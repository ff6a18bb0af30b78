package io.dyad.query.config;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * How far, in milliseconds, the newest event a processor took in lies behind the clock:
 * the gauge Axon's {@code EventProcessorLatencyMonitor} keeps, under its name and tags,
 * registered once per set of tags. Axon's registers it again for every event (with its
 * capacity monitor, about a tenth of each processor's time in a profile of a rebuild) and
 * logs that the gauge was already registered.
 */
final class ProcessorLatency implements MessageMonitor<EventMessage<?>> {

	private final String meterName;

	private final MeterRegistry registry;

	private final Function<Message<?>, Iterable<Tag>> tags;

	private final Clock clock;

	private final ConcurrentMap<Tags, AtomicLong> latencies = new ConcurrentHashMap<>();

	ProcessorLatency(String meterNamePrefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags) {
		this.meterName = meterNamePrefix + ".latency";
		this.registry = registry;
		this.tags = tags;
		this.clock = registry.config().clock();
	}

	@Override
	public MonitorCallback onMessageIngested(EventMessage<?> message) {
		AtomicLong latency = this.latencies.computeIfAbsent(Tags.of(this.tags.apply(message)), this::register);
		latency.set(this.clock.wallTime() - message.getTimestamp().toEpochMilli());
		return NoOpMessageMonitorCallback.INSTANCE;
	}

	private AtomicLong register(Tags tags) {
		AtomicLong latency = new AtomicLong();
		Gauge.builder(this.meterName, latency::get).tags(tags).register(this.registry);
		return latency;
	}

}
