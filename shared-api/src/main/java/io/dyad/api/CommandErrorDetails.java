package io.dyad.api;

import java.util.Map;

/**
 * The details a refused command carries across the command bus, local or distributed.
 *
 * @param facts the numbers behind the refusal, such as the latest recorded occurredAt
 */
public record CommandErrorDetails(ErrorCode code, String detail, Map<String, String> facts) {

	public CommandErrorDetails {
		facts = Map.copyOf(facts);
	}

}
