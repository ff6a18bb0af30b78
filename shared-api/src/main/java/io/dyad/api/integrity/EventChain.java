package io.dyad.api.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evidence chain of a relationship's events. Each event carries in its
 * metadata the SHA-256 hash of its stored form (the canonical JSON of the payload, the
 * payload type and revision, its sequence number) together with the hash of the event
 * before it; the first event chains to {@link #GENESIS}. Altering, removing or reordering
 * a stored event therefore breaks every hash from that event on.
 *
 * <p>
 * The writer (command side) and the verifier (query side, or an auditor holding an export
 * of the history) use this one definition; it needs nothing but the JDK.
 */
public final class EventChain {

	/** The metadata key of an event's hash. */
	public static final String HASH = "hash";

	/** The metadata key of the sequence number the event was hashed at. */
	public static final String SEQUENCE = "sequence";

	/** What the first event of every relationship chains to. */
	public static final String GENESIS = "0".repeat(64);

	private EventChain() {
	}

	/**
	 * @param previousHash the hash of the event before, or {@link #GENESIS} for the first
	 * @param revision the payload revision, or null when the payload type has none
	 * @param payloadJson the payload as stored, JSON
	 * @return the hash, 64 lower-case hexadecimal digits
	 * @throws IllegalArgumentException when the payload is not valid JSON
	 */
	public static String hash(String previousHash, String payloadType, String revision, long sequenceNumber,
			String payloadJson) {
		String chained = String.join("\n", previousHash, payloadType, (revision != null) ? revision : "",
				Long.toString(sequenceNumber), CanonicalJson.of(payloadJson));
		return HexFormat.of().formatHex(sha256().digest(chained.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

}
