package io.dyad.query.replay;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.dyad.query.replay.ProcessorView.SegmentView;
import io.dyad.query.replay.ReplayProgress.ReplayStart;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.springframework.stereotype.Component;

/**
 * Lists the event processors and replays one to rebuild its projections. A replay resets
 * the processor's tokens to the start of the event store; its projections keep answering
 * from what they hold while it catches up.
 */
@Component
class ProcessorControl {

	private final EventProcessingConfiguration processing;

	private final EventStore eventStore;

	private final MeterRegistry meters;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, ReplayStart> replays = new ConcurrentHashMap<>();

	ProcessorControl(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
		this.processing = processing;
		this.eventStore = eventStore;
		this.meters = meters;
	}

	ProcessorsView all() {
		Long head = position(this.eventStore.createHeadToken());
		return new ProcessorsView(head,
				this.processing.eventProcessors()
					.values()
					.stream()
					.sorted(Comparator.comparing(EventProcessor::getName))
					.map((processor) -> view(processor, head))
					.toList());
	}

	ProcessorView one(String name) {
		return view(processor(name), position(this.eventStore.createHeadToken()));
	}

	/** Stops the processor, resets its tokens to the start of the store and starts it. */
	ProcessorView replay(String name) {
		if (!(processor(name) instanceof StreamingEventProcessor processor)) {
			throw new ReplayNotPossibleException(name, "it handles events as they are published, not from the store");
		}
		if (!processor.supportsReset()) {
			throw new ReplayNotPossibleException(name, "one of its event handlers does not allow a reset");
		}
		Long tail = position(this.eventStore.createTailToken());
		Long head = position(this.eventStore.createHeadToken());
		processor.shutDown();
		try {
			processor.resetTokens();
		}
		catch (RuntimeException ex) {
			throw new ReplayNotPossibleException(name, ex.getMessage());
		}
		finally {
			processor.start();
		}
		this.replays.put(name,
				new ReplayStart(this.clock.instant(), (tail != null) ? tail : -1, (head != null) ? head : -1));
		registerGauges(name);
		return view(processor, head);
	}

	private ProcessorView view(EventProcessor processor, Long head) {
		if (!(processor instanceof StreamingEventProcessor streaming)) {
			return new ProcessorView(processor.getName(), false, processor.isRunning(), false, processor.isError(),
					null, null, List.of(), null);
		}
		List<EventTrackerStatus> statuses = statuses(streaming);
		Long position = slowestPosition(statuses);
		Long lag = (head != null && position != null) ? Math.max(0, head - position) : null;
		return new ProcessorView(processor.getName(), true, processor.isRunning(), streaming.isReplaying(),
				processor.isError(), position, lag, statuses.stream().map(ProcessorControl::segment).toList(),
				progress(streaming, statuses));
	}

	private ReplayProgress progress(StreamingEventProcessor processor, List<EventTrackerStatus> statuses) {
		ReplayStart start = this.replays.get(processor.getName());
		if (start == null) {
			return null;
		}
		Long position = slowestPosition(statuses);
		return ReplayProgress.of(start, (position != null) ? position : start.startPosition(), processor.isReplaying(),
				this.clock.instant());
	}

	private ReplayProgress progress(String name) {
		StreamingEventProcessor processor = this.processing.eventProcessor(name, StreamingEventProcessor.class)
			.orElseThrow();
		return progress(processor, statuses(processor));
	}

	private void registerGauges(String name) {
		Gauge.builder("dyad.replay.events.processed", () -> progress(name).eventsProcessed())
			.tag("processor", name)
			.description("Events a replay of the processor has handled")
			.register(this.meters);
		Gauge.builder("dyad.replay.events.per.second", () -> progress(name).eventsPerSecond())
			.tag("processor", name)
			.description("Average rate of the processor's replay")
			.register(this.meters);
		Gauge.builder("dyad.replay.progress", () -> progress(name).fraction())
			.tag("processor", name)
			.description("Share of the events a replay of the processor has handled, 0 to 1")
			.register(this.meters);
		Gauge.builder("dyad.replay.active", () -> progress(name).done() ? 0 : 1)
			.tag("processor", name)
			.description("1 while a replay of the processor runs")
			.register(this.meters);
	}

	private EventProcessor processor(String name) {
		return this.processing.eventProcessor(name).orElseThrow(() -> new ProcessorNotFoundException(name));
	}

	private static List<EventTrackerStatus> statuses(StreamingEventProcessor processor) {
		return processor.processingStatus()
			.values()
			.stream()
			.sorted(Comparator.comparingInt((status) -> status.getSegment().getSegmentId()))
			.toList();
	}

	private static Long slowestPosition(List<EventTrackerStatus> statuses) {
		OptionalLong slowest = statuses.stream()
			.map(EventTrackerStatus::getCurrentPosition)
			.filter(OptionalLong::isPresent)
			.mapToLong(OptionalLong::getAsLong)
			.min();
		return slowest.isPresent() ? slowest.getAsLong() : null;
	}

	private static SegmentView segment(EventTrackerStatus status) {
		return new SegmentView(status.getSegment().getSegmentId(), status.getSegment().getMask(), status.isCaughtUp(),
				status.isReplaying(), boxed(status.getCurrentPosition()), boxed(status.getResetPosition()),
				status.isErrorState() ? String.valueOf(status.getError()) : null);
	}

	private static Long position(TrackingToken token) {
		return (token != null) ? boxed(token.position()) : null;
	}

	private static Long boxed(OptionalLong value) {
		return value.isPresent() ? value.getAsLong() : null;
	}

}
