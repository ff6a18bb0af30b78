package io.dyad.command.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dyad.api.command.AdaptResourcesCommand;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Party;
import io.dyad.api.value.Resource;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A party adapted a resource for the relationship, which raises the switching cost")
record AdaptResourcesRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The caller's id; makes retries safe",
				example = "a-1") String adaptationId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Party adaptingParty,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Resource resource,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Magnitude magnitude, MonetaryValue investment,
		String description,
		@Schema(description = "Other actors in the network the adaptation affects") @JsonSetter(
				contentNulls = Nulls.FAIL) List<String> networkActors,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-03-02T08:00:00Z") @JsonDeserialize(
				using = IsoInstantDeserializer.class) Instant occurredAt) {

	AdaptResourcesCommand toCommand(String relationshipId) {
		return new AdaptResourcesCommand(relationshipId, this.adaptationId, this.adaptingParty, this.resource,
				this.magnitude, this.investment, this.description, this.networkActors, this.occurredAt);
	}

}
