package io.dyad.api.command;

import java.time.Instant;

import io.dyad.api.value.RelationalType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the relational type as the client perceives the supplier. */
public record ClassifyRelationshipCommand(@TargetAggregateIdentifier @NotBlank String relationshipId,
		@NotNull RelationalType relationalType, @Size(max = 2000) String rationale,
		@NotNull Instant classifiedAt) implements RelationshipCommand {
}
