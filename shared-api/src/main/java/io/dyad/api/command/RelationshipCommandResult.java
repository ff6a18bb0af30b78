package io.dyad.api.command;

import java.util.List;

import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageStep;

/**
 * What every command answers: the relationship's state after it and the stage steps it
 * caused.
 *
 * @param version the sequence number of the relationship's latest event
 */
public record RelationshipCommandResult(String relationshipId, long version, Stage stage, RelationalType relationalType,
		double trust, double uncertainty, double switchingCost, boolean atRisk, List<StageStep> stageSteps) {

	public RelationshipCommandResult {
		stageSteps = List.copyOf(stageSteps);
	}

}
