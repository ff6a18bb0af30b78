package io.dyad.query.audit;

/**
 * What the verifier needs of one stored event.
 *
 * @param recordedHash the hash the event was stored with, null when it carries none
 * @param recordedSequence the sequence number it was hashed at, null when it carries none
 */
record ChainLink(long sequenceNumber, String payloadType, String revision, String payloadJson, String recordedHash,
		Long recordedSequence) {
}
