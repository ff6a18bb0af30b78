package io.dyad.query.audit;

import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/** Checks one relationship's stored history against its hash chain. */
@Component
class RelationshipVerifier {

	private final EventHistory history;

	RelationshipVerifier(EventHistory history) {
		this.history = history;
	}

	/**
	 * @throws RelationshipNotFoundException when no event of it is stored
	 */
	Verification verify(String relationshipId) {
		this.history.lastSequence(relationshipId);
		try (Stream<StoredEvent> events = this.history.from(relationshipId, 0)) {
			return ChainVerifier.verify(events.map(StoredEvent::link).iterator());
		}
	}

}
