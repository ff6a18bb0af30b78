package io.dyad.command.relationship;

import java.time.Instant;
import java.util.Map;

import io.dyad.api.ErrorCode;

/**
 * The command's business time is earlier than the latest one the relationship recorded;
 * history is appended in order.
 */
public final class OccurredBeforeLatestException extends RelationshipRefusedException {

	private final String field;

	private final Instant occurredAt;

	private final Instant latest;

	public OccurredBeforeLatestException(String relationshipId, String field, Instant occurredAt, Instant latest) {
		super(relationshipId, field + " " + occurredAt + " is earlier than " + latest
				+ ", the latest time recorded for relationship " + relationshipId);
		this.field = field;
		this.occurredAt = occurredAt;
		this.latest = latest;
	}

	public String field() {
		return this.field;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public Instant latest() {
		return this.latest;
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.OCCURRED_BEFORE_LATEST;
	}

	@Override
	void addFacts(Map<String, String> facts) {
		facts.put(this.field, this.occurredAt.toString());
		facts.put("latest", this.latest.toString());
	}

}
