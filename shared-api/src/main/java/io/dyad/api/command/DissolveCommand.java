package io.dyad.api.command;

import java.time.Instant;

import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the relationship; DISSOLUTION is terminal. */
public record DissolveCommand(@TargetAggregateIdentifier @NotBlank String relationshipId,
		@NotNull DissolutionReason reason, @NotNull DissolutionInitiator initiatedBy, @NotNull Instant occurredAt,
		@Size(max = 2000) String note) implements RelationshipCommand {
}
