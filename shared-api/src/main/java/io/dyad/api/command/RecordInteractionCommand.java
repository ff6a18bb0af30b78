package io.dyad.api.command;

import java.time.Instant;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an interaction between the parties; the caller's interactionId makes retries
 * safe.
 */
@TransactionCarriesAmount
public record RecordInteractionCommand(@TargetAggregateIdentifier @NotBlank String relationshipId,
		@NotBlank @Size(max = 100) String interactionId, @NotNull InteractionKind kind, @NotNull Outcome outcome,
		@NotNull Instant occurredAt, @Valid MonetaryValue monetaryValue, @Size(max = 2000) String summary,
		@NotNull Party initiatedBy) implements RelationshipCommand {
}
