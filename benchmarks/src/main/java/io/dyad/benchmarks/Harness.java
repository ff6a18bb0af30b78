package io.dyad.benchmarks;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.Simulation;

/** What every phase works with: the settings, the report, Gatling and the server. */
record Harness(Options options, Report report, GatlingRunner gatling, Http http) {

	/** Long enough for a replay of 1,000,000 events on a slow machine. */
	private static final Duration CATCH_UP_LIMIT = Duration.ofHours(2);

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
		long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode processors = this.http.getJson("/api/v1/processors").path("processors");
			boolean caughtUp = processors.size() > 0;
			for (JsonNode processor : processors) {
				caughtUp &= !processor.path("replaying").asBoolean()
						&& processor.path("position").asLong(-1) >= position;
			}
			if (caughtUp) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the processors did not catch up with position " + position);
	}

}
