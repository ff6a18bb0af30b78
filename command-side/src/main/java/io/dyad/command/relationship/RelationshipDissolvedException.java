package io.dyad.command.relationship;

import java.time.Instant;
import java.util.Map;

import io.dyad.api.ErrorCode;

/** A dissolved relationship takes no more commands, not even retries. */
public final class RelationshipDissolvedException extends RelationshipRefusedException {

	private final Instant dissolvedAt;

	public RelationshipDissolvedException(String relationshipId, Instant dissolvedAt) {
		super(relationshipId,
				"Relationship " + relationshipId + " was dissolved at " + dissolvedAt + " and takes no more commands");
		this.dissolvedAt = dissolvedAt;
	}

	public Instant dissolvedAt() {
		return this.dissolvedAt;
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.RELATIONSHIP_DISSOLVED;
	}

	@Override
	void addFacts(Map<String, String> facts) {
		facts.put("dissolvedAt", this.dissolvedAt.toString());
	}

}
