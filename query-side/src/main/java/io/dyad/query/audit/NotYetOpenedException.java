package io.dyad.query.audit;

import java.time.Instant;

/**
 * The relationship exists, but had not been opened (asOf) or recorded (knownAt) at the
 * instant asked for.
 */
class NotYetOpenedException extends RuntimeException {

	private final Instant openedAt;

	private final Instant recordedAt;

	NotYetOpenedException(String relationshipId, Instant openedAt, Instant recordedAt) {
		super("Relationship " + relationshipId + " was opened at " + openedAt + " and recorded at " + recordedAt
				+ ": no state exists at the instant asked for");
		this.openedAt = openedAt;
		this.recordedAt = recordedAt;
	}

	Instant openedAt() {
		return this.openedAt;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

}
