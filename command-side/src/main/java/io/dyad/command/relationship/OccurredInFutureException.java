package io.dyad.command.relationship;

import java.time.Instant;
import java.util.Map;

import io.dyad.api.ErrorCode;

/** The command's business time lies more than five minutes ahead of now. */
public final class OccurredInFutureException extends RelationshipRefusedException {

	private final String field;

	private final Instant occurredAt;

	private final Instant latestAllowed;

	public OccurredInFutureException(String relationshipId, String field, Instant occurredAt, Instant latestAllowed) {
		super(relationshipId, field + " " + occurredAt + " is later than " + latestAllowed
				+ ", five minutes from now, for relationship " + relationshipId);
		this.field = field;
		this.occurredAt = occurredAt;
		this.latestAllowed = latestAllowed;
	}

	public String field() {
		return this.field;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public Instant latestAllowed() {
		return this.latestAllowed;
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.OCCURRED_IN_FUTURE;
	}

	@Override
	void addFacts(Map<String, String> facts) {
		facts.put(this.field, this.occurredAt.toString());
		facts.put("latestAllowed", this.latestAllowed.toString());
	}

}
