package io.dyad.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.Simulation;

/**
 * What every phase works with: the settings, the report, Gatling, the server's API and
 * its CPU time.
 */
record Harness(Options options, Report report, GatlingRunner gatling, Http http,
		Supplier<Optional<Duration>> serverCpu) {

	/**
	 * Long enough for the projections of 10,000,000 events to be built on a slow machine.
	 */
	private static final Duration CATCH_UP_LIMIT = Duration.ofHours(2);

	/** Projections being built keep the harness waiting for minutes. */
	private static final Duration PROGRESS_PERIOD = Duration.ofSeconds(30);

	LoadStats load(Class<? extends Simulation> simulation, String description, Map<String, ?> parameters) {
		System.out.println("- " + description);
		return this.gatling.run(simulation, description, parameters);
	}

	/** The global index of the store's latest event, about the number of events in it. */
	long head() {
		return this.http.getJson("/api/v1/processors").path("headPosition").asLong();
	}

	/**
	 * Waits until every processor has left any replay and reached the store's latest
	 * event, so that a measurement does not share the server with the backlog of the one
	 * before.
	 */
	void awaitCaughtUp() throws InterruptedException {
		long position = head();
		long started = System.nanoTime();
		long deadline = started + CATCH_UP_LIMIT.toNanos();
		long nextReport = started + PROGRESS_PERIOD.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode processors = this.http.getJson("/api/v1/processors").path("processors");
			boolean caughtUp = processors.size() > 0;
			long slowest = Long.MAX_VALUE;
			for (JsonNode processor : processors) {
				long at = processor.path("position").asLong(-1);
				caughtUp &= !processor.path("replaying").asBoolean() && at >= position;
				slowest = Math.min(slowest, at);
			}
			if (caughtUp) {
				return;
			}
			if (System.nanoTime() >= nextReport && processors.size() > 0) {
				System.out.printf(Locale.ROOT, "  waiting for the processors: the slowest at %,d of %,d after %d s%n",
						slowest, position, Duration.ofNanos(System.nanoTime() - started).toSeconds());
				nextReport += PROGRESS_PERIOD.toNanos();
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the processors did not catch up with position " + position);
	}

}
