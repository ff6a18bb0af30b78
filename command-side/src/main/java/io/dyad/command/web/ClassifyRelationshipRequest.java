package io.dyad.command.web;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dyad.api.command.ClassifyRelationshipCommand;
import io.dyad.api.value.RelationalType;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The relational type as the client perceives the supplier (Blois)")
record ClassifyRelationshipRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) RelationalType relationalType,
		@Schema(example = "orders every month, shares forecasts") String rationale,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-04-02T09:00:00Z") @JsonDeserialize(
				using = IsoInstantDeserializer.class) Instant classifiedAt) {

	ClassifyRelationshipCommand toCommand(String relationshipId) {
		return new ClassifyRelationshipCommand(relationshipId, this.relationalType, this.rationale, this.classifiedAt);
	}

}
