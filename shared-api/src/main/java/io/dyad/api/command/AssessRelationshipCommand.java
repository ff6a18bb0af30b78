package io.dyad.api.command;

import java.time.Instant;
import java.util.Map;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Scores every benefit, negative and perspective of the relationship from 0 to 5. */
public record AssessRelationshipCommand(@TargetAggregateIdentifier @NotBlank String relationshipId,
		@NotBlank String assessmentId, @NotNull Instant assessedAt,
		@NotNull @ScoresEvery(Benefit.class) Map<Benefit, @NotNull @DecimalMin("0") @DecimalMax("5") Double> benefits,
		@NotNull @ScoresEvery(Negative.class) Map<Negative, @NotNull @DecimalMin("0") @DecimalMax("5") Double> negatives,
		@NotNull @ScoresEvery(Perspective.class) Map<Perspective, @NotNull @DecimalMin("0") @DecimalMax("5") Double> perspectives)
		implements
			RelationshipCommand {

	public AssessRelationshipCommand {
		benefits = benefits == null ? null : Map.copyOf(benefits);
		negatives = negatives == null ? null : Map.copyOf(negatives);
		perspectives = perspectives == null ? null : Map.copyOf(perspectives);
	}

}
