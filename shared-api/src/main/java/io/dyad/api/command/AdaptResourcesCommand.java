package io.dyad.api.command;

import java.time.Instant;
import java.util.List;

import io.dyad.api.value.Magnitude;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Party;
import io.dyad.api.value.Resource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that one party adapted a resource for the relationship, which raises the
 * switching cost.
 *
 * @param networkActors the other actors in the network the adaptation affects
 */
public record AdaptResourcesCommand(@TargetAggregateIdentifier @NotBlank String relationshipId,
		@NotBlank @Size(max = 100) String adaptationId, @NotNull Party adaptingParty, @NotNull Resource resource,
		@NotNull Magnitude magnitude, @Valid MonetaryValue investment, @Size(max = 2000) String description,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> networkActors,
		@NotNull Instant occurredAt) implements RelationshipCommand {

	public AdaptResourcesCommand {
		networkActors = networkActors == null ? List.of() : List.copyOf(networkActors);
	}

}
