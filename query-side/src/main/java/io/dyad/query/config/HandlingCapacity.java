package io.dyad.query.config;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The time an event processor or the command bus spent handling messages within the last
 * window (to the second), divided by the window: the gauge Axon's {@code CapacityMonitor}
 * keeps, under its name and tags, registered once per set of tags instead of once per
 * message, and summed per second instead of kept per message.
 */
final class HandlingCapacity implements MessageMonitor<Message<?>> {

	private static final Duration STEP = Duration.ofSeconds(1);

	private final String meterName;

	private final MeterRegistry registry;

	private final Function<Message<?>, Iterable<Tag>> tags;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentMap<Tags, StepSums> handlingTimes = new ConcurrentHashMap<>();

	HandlingCapacity(String meterNamePrefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags,
			Duration window) {
		this.meterName = meterNamePrefix + ".capacity";
		this.registry = registry;
		this.tags = tags;
		this.window = window;
		this.clock = registry.config().clock();
	}

	@Override
	public MonitorCallback onMessageIngested(Message<?> message) {
		StepSums handlingTime = this.handlingTimes.computeIfAbsent(Tags.of(this.tags.apply(message)), this::register);
		return new Handling(handlingTime, this.clock, this.clock.monotonicTime());
	}

	private StepSums register(Tags tags) {
		StepSums handlingTime = new StepSums(this.clock, this.window, STEP);
		Gauge.builder(this.meterName, () -> (double) handlingTime.sum() / this.window.toNanos())
			.tags(tags)
			.register(this.registry);
		return handlingTime;
	}

	/** One message's handling, from its ingestion to its outcome, whichever that is. */
	private record Handling(StepSums handlingTime, Clock clock, long start) implements MonitorCallback {

		@Override
		public void reportSuccess() {
			handled();
		}

		@Override
		public void reportFailure(Throwable cause) {
			handled();
		}

		@Override
		public void reportIgnored() {
			handled();
		}

		private void handled() {
			this.handlingTime.add(this.clock.monotonicTime() - this.start);
		}

	}

}
