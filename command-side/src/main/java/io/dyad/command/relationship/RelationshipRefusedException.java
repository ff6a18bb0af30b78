package io.dyad.command.relationship;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dyad.api.ErrorCode;

/**
 * A command the relationship refuses because it breaks a business rule; nothing was
 * recorded.
 */
public abstract class RelationshipRefusedException extends RuntimeException {

	private final String relationshipId;

	RelationshipRefusedException(String relationshipId, String message) {
		super(message);
		this.relationshipId = relationshipId;
	}

	public String relationshipId() {
		return this.relationshipId;
	}

	public abstract ErrorCode code();

	/** The numbers behind the refusal, by name, for the caller to act on. */
	public Map<String, String> facts() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("relationshipId", this.relationshipId);
		addFacts(facts);
		return facts;
	}

	void addFacts(Map<String, String> facts) {
	}

}
