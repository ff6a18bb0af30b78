package io.dyad.command.web;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dyad.api.command.DissolveCommand;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Ends the relationship; DISSOLUTION is terminal")
record DissolveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DissolutionReason reason,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DissolutionInitiator initiatedBy,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-09-30T17:00:00Z") @JsonDeserialize(
				using = IsoInstantDeserializer.class) Instant occurredAt,
		@Schema(example = "client moved production abroad") String note) {

	DissolveCommand toCommand(String relationshipId) {
		return new DissolveCommand(relationshipId, this.reason, this.initiatedBy, this.occurredAt, this.note);
	}

}
