package io.dyad.command.integrity;

/** The latest event of a relationship's chain: its sequence number and hash. */
record ChainHead(long sequence, String hash) {

	boolean precedes(long sequenceNumber) {
		return this.sequence == sequenceNumber - 1;
	}

}
