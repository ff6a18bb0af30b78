package io.dyad.api.value;

import java.util.Map;

/**
 * What the relationship looked like when a stage step was taken: recorded with the step
 * so that auditors can check the rule without re-running it.
 *
 * @param triggeredBy the interaction or adaptation id that caused the step, or null for a
 * dissolution
 * @param daysSinceExpansion whole days since EXPANSION began, when the relationship had
 * reached it
 * @param dissolutionReason the reason, for the {@code dissolved} step only
 */
public record StageEvidence(String triggeredBy, double trust, double uncertainty, double switchingCost,
		int transactionCount, Map<Party, Integer> adaptationsByParty, int positiveJointProblemSolvingCount,
		Long daysSinceExpansion, int conflictsLast30Days, DissolutionReason dissolutionReason) {
}
