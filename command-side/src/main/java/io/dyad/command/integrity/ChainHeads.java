package io.dyad.command.integrity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chain heads this instance stored last, for the relationships it touched most
 * recently. A head only helps when it is the event just before the one being hashed;
 * another instance may have appended since, so callers check the sequence.
 */
final class ChainHeads {

	private final Map<String, ChainHead> heads;

	ChainHeads(int capacity) {
		this.heads = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, ChainHead> eldest) {
				return size() > capacity;
			}
		};
	}

	synchronized ChainHead get(String relationshipId) {
		return this.heads.get(relationshipId);
	}

	synchronized void stored(Map<String, ChainHead> committed) {
		committed.forEach((relationshipId, head) -> this.heads.merge(relationshipId, head,
				(known, stored) -> (stored.sequence() > known.sequence()) ? stored : known));
	}

}
