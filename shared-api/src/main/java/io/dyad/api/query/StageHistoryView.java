package io.dyad.api.query;

import java.util.List;

/** The stages a relationship has been in, oldest first; the last one is current. */
public record StageHistoryView(String relationshipId, List<StagePeriodView> periods) {
}
