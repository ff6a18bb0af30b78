package io.dyad.command.relationship;

import io.dyad.api.ErrorCode;

/** The relationship id is already open, with other content than the command carries. */
public final class RelationshipExistsException extends RelationshipRefusedException {

	public RelationshipExistsException(String relationshipId) {
		super(relationshipId, "Relationship " + relationshipId + " is already open with other content");
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.RELATIONSHIP_EXISTS;
	}

}
