package io.dyad.query.config;

import java.time.Duration;

import io.micrometer.core.instrument.Clock;

/**
 * Amounts summed per step of a sliding window, in a fixed number of slots whatever the
 * rate of additions. A reservoir that keeps every amount until it leaves the window
 * (Axon's) holds each for the whole window, long enough to be copied by the young
 * collections on the way and promoted: in a build of the projections, about 700,000
 * entries at a time.
 */
final class StepSums {

	private final Clock clock;

	private final long stepNanos;

	private final long[] sums;

	private final long[] steps;

	/**
	 * @param window a whole number of steps
	 */
	StepSums(Clock clock, Duration window, Duration step) {
		if (window.toNanos() % step.toNanos() != 0) {
			throw new IllegalArgumentException("A window of " + window + " is not a whole number of steps of " + step);
		}
		this.clock = clock;
		this.stepNanos = step.toNanos();
		this.sums = new long[(int) (window.toNanos() / this.stepNanos)];
		this.steps = new long[this.sums.length];
	}

	synchronized void add(long amount) {
		long step = Math.floorDiv(this.clock.monotonicTime(), this.stepNanos);
		int slot = (int) Math.floorMod(step, (long) this.sums.length);
		if (this.steps[slot] != step) {
			this.steps[slot] = step;
			this.sums[slot] = 0;
		}
		this.sums[slot] += amount;
	}

	/** The sum over the window's steps, the current one included. */
	synchronized long sum() {
		long current = Math.floorDiv(this.clock.monotonicTime(), this.stepNanos);
		long sum = 0;
		for (int slot = 0; slot < this.sums.length; slot++) {
			if (current - this.steps[slot] < this.sums.length) {
				sum += this.sums[slot];
			}
		}
		return sum;
	}

}
