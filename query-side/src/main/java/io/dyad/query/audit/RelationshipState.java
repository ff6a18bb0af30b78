package io.dyad.query.audit;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/**
 * A relationship's state rebuilt from its events alone.
 *
 * @param asOf the business time read up to, null for all
 * @param knownAt the recorded time read up to, null for all
 * @param version the sequence number of the last event included
 * @param riskRules the risk rules that held when the relationship became at risk, empty
 * when it is not
 */
record RelationshipState(String relationshipId, Instant asOf, Instant knownAt, long version, Stage stage,
		RelationalType relationalType, double trust, double uncertainty, double switchingCost, boolean atRisk,
		List<String> riskRules, Counts counts, Instant openedAt, Instant dissolvedAt) {

	record Counts(int interactions, int transactions, int adaptations, int assessments, int conflicts) {
	}

}
