package io.dyad.query.audit;

import java.util.List;

/**
 * @param nextFromSequence where the next page starts, null on the last page
 */
record EventPage(String relationshipId, long fromSequence, int limit, List<EventView> events, Long nextFromSequence) {
}
