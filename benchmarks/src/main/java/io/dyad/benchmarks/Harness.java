package io.dyad.benchmarks;

import java.util.Map;

import io.gatling.javaapi.core.Simulation;

/** What every phase works with: the settings, the report, Gatling and the server. */
record Harness(Options options, Report report, GatlingRunner gatling, Http http) {

	LoadStats load(Class<? extends Simulation> simulation, String description, Map<String, ?> parameters) {
		System.out.println("- " + description);
		return this.gatling.run(simulation, description, parameters);
	}

	/** The global index of the store's latest event, about the number of events in it. */
	long head() {
		return this.http.getJson("/api/v1/processors").path("headPosition").asLong();
	}

}
