package io.dyad.query.replay;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An event processor as operators see it.
 *
 * @param streaming whether it reads the event stream at its own pace (and so can replay)
 * @param position the position its slowest segment has reached, absent before it claims
 * one
 * @param lag how far that position is behind the head of the event store
 * @param replay the progress of the latest replay started here, absent when none was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProcessorView(String name, boolean streaming, boolean running, boolean replaying, boolean error, Long position,
		Long lag, List<SegmentView> segments, ReplayProgress replay) {

	/**
	 * @param resetPosition where the replay of this segment ends, while it replays
	 * @param error why the segment stopped, absent when it did not
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SegmentView(int segmentId, int mask, boolean caughtUp, boolean replaying, Long position, Long resetPosition,
			String error) {
	}

}
