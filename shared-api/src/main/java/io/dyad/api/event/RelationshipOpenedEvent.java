package io.dyad.api.event;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.Organisation;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import org.axonframework.serialization.Revision;

/**
 * A relationship was opened; it starts in AWARENESS with the trust model's initial
 * scores.
 *
 * @param stagePolicy the stage policy the relationship starts under; events of revision 1
 * did not record it
 */
@Revision("2")
public record RelationshipOpenedEvent(String relationshipId, Organisation supplier, Organisation client,
		RelationalType relationalType, List<String> tags, Instant openedAt, Stage stage, double trust,
		double uncertainty, double switchingCost, String trustModel, String stagePolicy) {
}
