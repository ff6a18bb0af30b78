package io.dyad.query.audit;

import java.util.Iterator;
import java.util.Objects;

import io.dyad.api.integrity.EventChain;
import io.dyad.query.audit.Verification.FirstInvalid;
import io.dyad.query.audit.Verification.Reason;

/**
 * Recomputes a relationship's hash chain ({@link EventChain}) over its stored events and
 * names the first place where it breaks.
 */
final class ChainVerifier {

	private ChainVerifier() {
	}

	/**
	 * @param links the stored events in sequence order
	 */
	static Verification verify(Iterator<ChainLink> links) {
		String previousHash = EventChain.GENESIS;
		long expected = 0;
		long checked = 0;
		while (links.hasNext()) {
			ChainLink link = links.next();
			checked++;
			FirstInvalid invalid = placeProblem(link, expected, links);
			if (invalid == null) {
				invalid = contentProblem(link, previousHash);
			}
			if (invalid != null) {
				return Verification.breaksAt(checked, invalid);
			}
			previousHash = link.recordedHash();
			expected++;
		}
		return Verification.holds(checked, previousHash);
	}

	private static FirstInvalid placeProblem(ChainLink link, long expected, Iterator<ChainLink> later) {
		if (link.sequenceNumber() != expected) {
			return new FirstInvalid(expected, Reason.MISSING, "No event is stored at sequence " + expected
					+ "; the history continues at " + link.sequenceNumber());
		}
		Long written = link.recordedSequence();
		if (written == null || written == expected) {
			return null;
		}
		String moved = "The event stored at sequence " + expected + " was written at sequence " + written;
		if (written < expected || writtenLater(expected, later)) {
			return new FirstInvalid(expected, Reason.REORDERED, moved);
		}
		return new FirstInvalid(expected, Reason.MISSING,
				moved + " and no stored event was written at " + expected + ": events were removed and renumbered");
	}

	private static boolean writtenLater(long sequence, Iterator<ChainLink> later) {
		while (later.hasNext()) {
			if (Objects.equals(later.next().recordedSequence(), sequence)) {
				return true;
			}
		}
		return false;
	}

	private static FirstInvalid contentProblem(ChainLink link, String previousHash) {
		if (link.recordedHash() == null || link.recordedSequence() == null) {
			return new FirstInvalid(link.sequenceNumber(), Reason.ALTERED,
					"The event carries no hash or no sequence in its metadata");
		}
		String recomputed;
		try {
			recomputed = EventChain.hash(previousHash, link.payloadType(), link.revision(), link.sequenceNumber(),
					link.payloadJson());
		}
		catch (IllegalArgumentException ex) {
			return new FirstInvalid(link.sequenceNumber(), Reason.ALTERED,
					"The stored payload is not valid JSON: " + ex.getMessage());
		}
		if (!recomputed.equals(link.recordedHash())) {
			return new FirstInvalid(link.sequenceNumber(), Reason.ALTERED,
					"The stored event hashes to " + recomputed + " but was written with hash " + link.recordedHash());
		}
		return null;
	}

}
