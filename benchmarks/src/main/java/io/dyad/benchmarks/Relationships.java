package io.dyad.benchmarks;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The commands the harness sends. Every interaction of a relationship carries the same
 * business time (ties are allowed), so concurrent clients never send one out of order.
 */
final class Relationships {

	static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private static final Instant INTERACTED_AT = OPENED_AT.plusSeconds(86_400);

	private static final AtomicLong INTERACTIONS = new AtomicLong();

	private final Http http;

	Relationships(Http http) {
		this.http = http;
	}

	static String path(String relationshipId) {
		return "/api/v1/relationships/" + relationshipId;
	}

	long open(String relationshipId) {
		return this.http.post("/api/v1/relationships", """
				{"relationshipId":"%s","supplier":{"id":"acme","name":"Acme Ltd"},
				 "client":{"id":"%s","name":"Client %s"},"openedAt":"%s","tags":["bench"]}""".formatted(relationshipId,
				relationshipId, relationshipId, OPENED_AT));
	}

	/**
	 * Records a positive communication and answers the relationship's version after it.
	 */
	long interact(String relationshipId) {
		return this.http.post(interactionsPath(relationshipId), interaction());
	}

	static String interactionsPath(String relationshipId) {
		return path(relationshipId) + "/interactions";
	}

	static String interaction() {
		return """
				{"interactionId":"b-%d","kind":"COMMUNICATION","outcome":"POSITIVE","occurredAt":"%s",
				 "initiatedBy":"CLIENT"}""".formatted(INTERACTIONS.incrementAndGet(), INTERACTED_AT);
	}

}
