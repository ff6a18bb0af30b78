package io.dyad.query.replay;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How far a replay has come, measured in event-stream positions (for the JDBC store the
 * global index, so one position is about one event).
 *
 * @param targetPosition the head of the event store when the replay started
 * @param eventsPerSecond the average rate since the start
 * @param estimatedCompletion when the replay should reach its target at that rate; absent
 * until the rate is known and once done
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReplayProgress(Instant startedAt, long targetPosition, long eventsProcessed, long eventsTotal, double fraction,
		double eventsPerSecond, Instant estimatedCompletion, boolean done) {

	/**
	 * @param currentPosition the position the processor has reached: its slowest
	 * segment's
	 * @param replaying whether any segment is still replaying
	 */
	static ReplayProgress of(ReplayStart start, long currentPosition, boolean replaying, Instant now) {
		long total = Math.max(0, start.targetPosition() - start.startPosition());
		long processed = Math.min(total, Math.max(0, currentPosition - start.startPosition()));
		boolean done = !replaying && processed >= total;
		double seconds = Duration.between(start.startedAt(), now).toNanos() / 1e9;
		double rate = (seconds > 0) ? processed / seconds : 0;
		Instant completion = (!done && rate > 0) ? now.plusNanos((long) ((total - processed) / rate * 1e9)) : null;
		return new ReplayProgress(start.startedAt(), start.targetPosition(), processed, total,
				(total == 0) ? 1.0 : (double) processed / total, rate, completion, done);
	}

	/**
	 * Where a replay began.
	 *
	 * @param startPosition the position before the first event it handles
	 * @param targetPosition the head of the store when it began
	 */
	record ReplayStart(Instant startedAt, long startPosition, long targetPosition) {
	}

}
