package io.dyad.benchmarks;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Prints a line every few seconds while a long fill runs. */
final class Progress {

	private static final long PERIOD = 5_000_000_000L;

	private final String task;

	private final long total;

	private final AtomicLong done = new AtomicLong();

	private final long started = System.nanoTime();

	private final AtomicLong nextReport = new AtomicLong(this.started + PERIOD);

	Progress(String task, long total) {
		this.task = task;
		this.total = total;
	}

	void step() {
		long count = this.done.incrementAndGet();
		long now = System.nanoTime();
		long due = this.nextReport.get();
		if (now >= due && this.nextReport.compareAndSet(due, now + PERIOD)) {
			double seconds = (now - this.started) / 1e9;
			System.out.printf(Locale.ROOT, "  %s: %,d of %,d after %.0f s, %,.0f/s%n", this.task, count, this.total,
					seconds, count / seconds);
		}
	}

}
