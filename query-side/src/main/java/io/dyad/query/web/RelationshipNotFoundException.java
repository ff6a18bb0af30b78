package io.dyad.query.web;

/** No read model knows the relationship. */
class RelationshipNotFoundException extends RuntimeException {

	RelationshipNotFoundException(String relationshipId) {
		super("No relationship with id '" + relationshipId + "' is known");
	}

}
