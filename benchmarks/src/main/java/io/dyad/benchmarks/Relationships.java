package io.dyad.benchmarks;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The paths and command bodies the harness sends. Every interaction of a relationship
 * carries the same business time (ties are allowed), so concurrent clients never send one
 * out of order.
 */
final class Relationships {

	static final String PATH = "/api/v1/relationships";

	private static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private static final Instant INTERACTED_AT = OPENED_AT.plusSeconds(86_400);

	private static final AtomicLong INTERACTIONS = new AtomicLong();

	private Relationships() {
	}

	static String path(String relationshipId) {
		return PATH + "/" + relationshipId;
	}

	static String interactionsPath(String relationshipId) {
		return path(relationshipId) + "/interactions";
	}

	static String opening(String relationshipId) {
		return """
				{"relationshipId":"%s","supplier":{"id":"acme","name":"Acme Ltd"},
				 "client":{"id":"%s","name":"Client %s"},"openedAt":"%s","tags":["bench"]}""".formatted(relationshipId,
				relationshipId, relationshipId, OPENED_AT);
	}

	/** A positive communication with an interaction id unused in this run. */
	static String interaction() {
		return """
				{"interactionId":"b-%d","kind":"COMMUNICATION","outcome":"POSITIVE","occurredAt":"%s",
				 "initiatedBy":"CLIENT"}""".formatted(INTERACTIONS.incrementAndGet(), INTERACTED_AT);
	}

}
