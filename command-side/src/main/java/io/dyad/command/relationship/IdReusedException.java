package io.dyad.command.relationship;

import java.util.Map;

import io.dyad.api.ErrorCode;

/**
 * An interactionId, adaptationId or assessmentId came again with other content than the
 * first time.
 */
public final class IdReusedException extends RelationshipRefusedException {

	private final String field;

	private final String id;

	public IdReusedException(String relationshipId, String field, String id) {
		super(relationshipId,
				field + " " + id + " was already recorded for relationship " + relationshipId + " with other content");
		this.field = field;
		this.id = id;
	}

	/** The name of the id field, such as {@code interactionId}. */
	public String field() {
		return this.field;
	}

	public String id() {
		return this.id;
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.ID_REUSED;
	}

	@Override
	void addFacts(Map<String, String> facts) {
		facts.put(this.field, this.id);
	}

}
