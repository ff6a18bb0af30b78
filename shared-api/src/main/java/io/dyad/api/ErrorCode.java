package io.dyad.api;

/**
 * Why Dyad refused a command or a query. Each code has a stable problem type and the HTTP
 * status it is answered with, so integrating applications can branch on the code whether
 * they speak HTTP or Axon.
 */
public enum ErrorCode {

	INVALID_INPUT(400, "invalid-input", "Invalid input"),
	PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
	RELATIONSHIP_NOT_FOUND(404, "relationship-not-found", "Relationship not found"),
	RELATIONSHIP_EXISTS(409, "relationship-exists", "Relationship already exists"),
	RELATIONSHIP_DISSOLVED(409, "relationship-dissolved", "Relationship dissolved"),
	ID_REUSED(409, "id-reused", "Id already used with other content"),
	OCCURRED_BEFORE_LATEST(422, "occurred-before-latest", "Earlier than the relationship's latest event"),
	OCCURRED_IN_FUTURE(422, "occurred-in-future", "Too far in the future"),
	RELATIONSHIP_NOT_YET_OPENED(404, "relationship-not-yet-opened", "Relationship not yet opened at that instant"),
	VERIFICATION_RUN_NOT_FOUND(404, "verification-run-not-found", "Verification run not found"),
	PROCESSOR_NOT_FOUND(404, "processor-not-found", "Event processor not found"),
	REPLAY_NOT_POSSIBLE(409, "replay-not-possible", "Replay not possible"),
	EVENT_STORE_BUSY(503, "event-store-busy", "Event store busy");

	private final int status;

	private final String slug;

	private final String title;

	ErrorCode(int status, String slug, String title) {
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	public int status() {
		return this.status;
	}

	/** The RFC 9457 problem type. */
	public String type() {
		return "urn:dyad:problem:" + this.slug;
	}

	public String title() {
		return this.title;
	}

}
