package io.dyad.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The versions that commands were acknowledged with and that no projection has shown yet,
 * and for each the time from its acknowledgement until one showed it.
 */
final class LagProbe {

	private record Acknowledged(long version, long at) {
	}

	private final Map<String, Queue<Acknowledged>> unseen = new ConcurrentHashMap<>();

	/** The highest version shown of each relationship. */
	private final Map<String, Long> shownUpTo = new ConcurrentHashMap<>();

	private final Recorder lags = new Recorder(3);

	private final AtomicLong inFlight = new AtomicLong();

	private final Duration sending;

	private volatile long firstSent;

	LagProbe(Duration sending) {
		this.sending = sending;
	}

	void sending() {
		if (this.firstSent == 0) {
			this.firstSent = System.nanoTime();
		}
		this.inFlight.incrementAndGet();
	}

	/** A command was answered, with the version it reports, or null when it failed. */
	void answered(String relationshipId, Long version) {
		if (version != null) {
			this.unseen.computeIfAbsent(relationshipId, (id) -> new ConcurrentLinkedQueue<>())
				.add(new Acknowledged(version, System.nanoTime()));
			// The projections may have shown it before the answer was read here: no lag.
			Long shown = this.shownUpTo.get(relationshipId);
			if (shown != null) {
				see(relationshipId, shown);
			}
		}
		this.inFlight.decrementAndGet();
	}

	/** A projection showed this version: every version up to it is visible now. */
	void shown(String relationshipId, long version) {
		this.shownUpTo.merge(relationshipId, version, Math::max);
		see(relationshipId, version);
	}

	private void see(String relationshipId, long version) {
		long now = System.nanoTime();
		Queue<Acknowledged> versions = this.unseen.get(relationshipId);
		if (versions == null) {
			return;
		}
		for (Acknowledged acknowledged : versions) {
			// Only the thread that removes a version records it.
			if (acknowledged.version() <= version && versions.remove(acknowledged)) {
				this.lags.recordValue(Math.max(0, now - acknowledged.at()) / 1_000);
			}
		}
	}

	/** Whether commands are still to come, under way, or waiting to be seen. */
	boolean active() {
		boolean sendingOver = this.firstSent != 0 && System.nanoTime() - this.firstSent > this.sending.toNanos();
		return !sendingOver || this.inFlight.get() > 0
				|| this.unseen.values().stream().anyMatch((versions) -> !versions.isEmpty());
	}

	/** Acknowledged versions that no projection showed before the run stopped waiting. */
	long neverShown() {
		return this.unseen.values().stream().mapToLong(Queue::size).sum();
	}

	/** The lags in microseconds. */
	Histogram lags() {
		return this.lags.getIntervalHistogram();
	}

}
