package io.dyad.command.web;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dyad.api.command.RecordInteractionCommand;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "An interaction between the parties; a TRANSACTION carries a positive monetary value")
record RecordInteractionRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The caller's id; makes retries safe",
				example = "i-1") String interactionId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) InteractionKind kind,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Outcome outcome,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-01-20T10:00:00Z") @JsonDeserialize(
				using = IsoInstantDeserializer.class) Instant occurredAt,
		MonetaryValue monetaryValue, @Schema(example = "first order") String summary,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Party initiatedBy) {

	RecordInteractionCommand toCommand(String relationshipId) {
		return new RecordInteractionCommand(relationshipId, this.interactionId, this.kind, this.outcome,
				this.occurredAt, this.monetaryValue, this.summary, this.initiatedBy);
	}

}
