package io.dyad.command.relationship;

import io.dyad.api.command.RelationshipCommandResult;

/**
 * What the relationship keeps per command id: the content's fingerprint and the answer
 * given the first time, so that a retry gets the same answer.
 */
record Receipt(String fingerprint, RelationshipCommandResult answer) {

	Receipt withAnswer(RelationshipCommandResult later) {
		return new Receipt(this.fingerprint, later);
	}

}
