package io.dyad.query.audit;

/** The event store holds no event of the relationship. */
class RelationshipNotFoundException extends RuntimeException {

	private final String relationshipId;

	RelationshipNotFoundException(String relationshipId) {
		super("No relationship " + relationshipId + " is recorded in the event store");
		this.relationshipId = relationshipId;
	}

	String relationshipId() {
		return this.relationshipId;
	}

}
