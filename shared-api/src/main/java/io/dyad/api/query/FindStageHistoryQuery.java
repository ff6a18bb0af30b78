package io.dyad.api.query;

/**
 * The stage periods of one relationship; answered with an optional
 * {@link StageHistoryView}.
 */
public record FindStageHistoryQuery(String relationshipId) {
}
