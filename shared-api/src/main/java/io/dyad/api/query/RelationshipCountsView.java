package io.dyad.api.query;

/** How many of each thing a relationship has recorded. */
public record RelationshipCountsView(long interactions, long transactions, long conflicts, long adaptations,
		long assessments, long classifications, long stageSteps) {
}
