package io.dyad.query.replay;

import java.time.Instant;

import io.dyad.query.replay.ReplayProgress.ReplayStart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReplayProgressTest {

	private static final Instant STARTED = Instant.parse("2025-03-01T12:00:00Z");

	/** 100 events, at positions 0 to 99. */
	private static final ReplayStart START = new ReplayStart(STARTED, -1, 99);

	@Test
	void measuresHalfwayAndEstimatesTheRestAtTheRateSoFar() {
		ReplayProgress progress = ReplayProgress.of(START, 49, true, STARTED.plusSeconds(10));

		assertThat(progress.eventsProcessed()).isEqualTo(50);
		assertThat(progress.eventsTotal()).isEqualTo(100);
		assertThat(progress.fraction()).isCloseTo(0.5, within(1e-9));
		assertThat(progress.eventsPerSecond()).isCloseTo(5.0, within(1e-9));
		assertThat(progress.estimatedCompletion()).isEqualTo(STARTED.plusSeconds(20));
		assertThat(progress.done()).isFalse();
	}

	@Test
	void isDoneOnceThePositionReachesTheTargetAndNoSegmentReplays() {
		ReplayProgress progress = ReplayProgress.of(START, 99, false, STARTED.plusSeconds(40));

		assertThat(progress.done()).isTrue();
		assertThat(progress.fraction()).isEqualTo(1.0);
		assertThat(progress.estimatedCompletion()).isNull();
	}

	@Test
	void isNotDoneBeforeTheProcessorClaimedItsSegments() {
		ReplayProgress progress = ReplayProgress.of(START, -1, false, STARTED);

		assertThat(progress.done()).isFalse();
		assertThat(progress.eventsProcessed()).isZero();
		assertThat(progress.eventsPerSecond()).isZero();
		assertThat(progress.estimatedCompletion()).isNull();
	}

	@Test
	void countsEventsAppendedDuringTheReplayAsBeyondItsTarget() {
		ReplayProgress progress = ReplayProgress.of(START, 120, false, STARTED.plusSeconds(30));

		assertThat(progress.eventsProcessed()).isEqualTo(100);
		assertThat(progress.done()).isTrue();
	}

	@Test
	void isDoneAtOnceOverAnEmptyStore() {
		ReplayProgress progress = ReplayProgress.of(new ReplayStart(STARTED, -1, -1), -1, false, STARTED);

		assertThat(progress.done()).isTrue();
		assertThat(progress.fraction()).isEqualTo(1.0);
	}

}
