package io.dyad.api.command;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.Organisation;
import io.dyad.api.value.RelationalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a relationship between a supplier and a client in the AWARENESS stage.
 *
 * @param relationalType the initial relational type, PROSPECTING when null
 * @param tags optional labels that segment the portfolio, such as a client segment
 */
public record OpenRelationshipCommand(@TargetAggregateIdentifier @NotBlank @Size(max = 100) String relationshipId,
		@NotNull @Valid Organisation supplier, @NotNull @Valid Organisation client, RelationalType relationalType,
		@NotNull Instant openedAt,
		@Size(max = 20) List<@NotBlank @Size(max = 100) String> tags) implements RelationshipCommand {

	public OpenRelationshipCommand {
		relationalType = relationalType == null ? RelationalType.PROSPECTING : relationalType;
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

}
