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
 * The versions that commands were acknowledged with and that the relationships' summaries
 * do not show yet, and for each the time from its acknowledgement until a summary showed
 * it.
 */
final class LagProbe {

	private record Acknowledged(long version, long at) {
	}

	private final Map<String, Queue<Acknowledged>> unseen = new ConcurrentHashMap<>();

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
		}
		this.inFlight.decrementAndGet();
	}

	boolean waitsFor(String relationshipId) {
		Queue<Acknowledged> versions = this.unseen.get(relationshipId);
		return versions != null && !versions.isEmpty();
	}

	/** A summary showed this version: every version up to it has become visible now. */
	void shown(String relationshipId, long version) {
		long now = System.nanoTime();
		Queue<Acknowledged> versions = this.unseen.get(relationshipId);
		if (versions == null) {
			return;
		}
		versions.removeIf((acknowledged) -> {
			if (acknowledged.version() > version) {
				return false;
			}
			this.lags.recordValue(Math.max(0, now - acknowledged.at()) / 1_000);
			return true;
		});
	}

	/** Whether commands are still to come, under way, or waiting to be seen. */
	boolean active() {
		boolean sendingOver = this.firstSent != 0 && System.nanoTime() - this.firstSent > this.sending.toNanos();
		return !sendingOver || this.inFlight.get() > 0
				|| this.unseen.values().stream().anyMatch((versions) -> !versions.isEmpty());
	}

	/** The lags in microseconds. */
	Histogram lags() {
		return this.lags.getIntervalHistogram();
	}

}
