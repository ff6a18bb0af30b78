package io.dyad.api.query;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/**
 * Where a relationship stands now.
 *
 * @param riskRules the codes of the risk rules that made it at risk, empty when it is not
 * @param lastInteraction null until the first interaction
 * @param version the sequence number of the relationship's latest event applied
 */
public record RelationshipSummaryView(String relationshipId, Organisation supplier, Organisation client, Stage stage,
		RelationalType relationalType, List<String> tags, double trust, double uncertainty, double switchingCost,
		boolean atRisk, List<String> riskRules, RelationshipCountsView counts, LastInteractionView lastInteraction,
		Instant openedAt, Instant dissolvedAt, DissolutionReason dissolutionReason, long version) {
}
