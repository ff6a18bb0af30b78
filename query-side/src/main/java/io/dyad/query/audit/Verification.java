package io.dyad.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of recomputing a relationship's hash chain.
 *
 * @param eventsChecked events read, up to and including the first invalid one
 * @param firstInvalid where the chain breaks, absent when it holds
 * @param headHash the last event's hash when the chain holds; auditors keep it to detect
 * a later rewrite of the whole chain or a truncation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Verification(boolean valid, long eventsChecked, FirstInvalid firstInvalid, String headHash) {

	static Verification holds(long eventsChecked, String headHash) {
		return new Verification(true, eventsChecked, null, headHash);
	}

	static Verification breaksAt(long eventsChecked, FirstInvalid firstInvalid) {
		return new Verification(false, eventsChecked, firstInvalid, null);
	}

	/**
	 * @param sequenceNumber the position in the stored history where the chain breaks
	 */
	record FirstInvalid(long sequenceNumber, Reason reason, String detail) {
	}

	enum Reason {

		/** The event's content, type, revision or hash differs from what was written. */
		ALTERED,

		/** An event that was written is no longer stored at its place. */
		MISSING,

		/** An event is stored at another place than the one it was written at. */
		REORDERED

	}

}
