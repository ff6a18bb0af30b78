package io.dyad.query.audit;

import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Rebuilds a relationship's state from the events that pass a business-time
 * ({@code asOf}) and a recorded-time ({@code knownAt}) bound. Given both, it answers what
 * Dyad knew at {@code knownAt} about the relationship as of {@code asOf}.
 */
@Component
class StateReader {

	private final EventHistory history;

	StateReader(EventHistory history) {
		this.history = history;
	}

	/**
	 * @param asOf include events whose business time is at or before it; null for all
	 * @param knownAt include events recorded at or before it; null for all
	 * @throws RelationshipNotFoundException when no event of the relationship is stored
	 * @throws NotYetOpenedException when the bounds leave out the opening
	 */
	RelationshipState stateOf(String relationshipId, Instant asOf, Instant knownAt) {
		StateFold fold = new StateFold();
		StoredEvent first = null;
		try (Stream<StoredEvent> events = this.history.from(relationshipId, 0)) {
			for (Iterator<StoredEvent> iterator = events.iterator(); iterator.hasNext();) {
				StoredEvent event = iterator.next();
				first = (first != null) ? first : event;
				if (within(event, asOf, knownAt)) {
					fold.apply(event.sequenceNumber(), event.payload());
				}
			}
		}
		if (first == null) {
			throw new RelationshipNotFoundException(relationshipId);
		}
		if (!fold.opened()) {
			throw new NotYetOpenedException(relationshipId, first.occurredAt(), first.recordedAt());
		}
		return fold.state(asOf, knownAt);
	}

	private static boolean within(StoredEvent event, Instant asOf, Instant knownAt) {
		return (asOf == null || !event.businessTime().isAfter(asOf))
				&& (knownAt == null || !event.recordedAt().isAfter(knownAt));
	}

}
