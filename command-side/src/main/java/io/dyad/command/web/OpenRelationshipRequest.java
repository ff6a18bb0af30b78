package io.dyad.command.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dyad.api.command.OpenRelationshipCommand;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.RelationalType;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Opens a relationship between a supplier and a client in the AWARENESS stage")
record OpenRelationshipRequest(
		@Schema(description = "Generated when absent; derived from the Idempotency-Key header when that is given",
				example = "acme-globex") String relationshipId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Organisation supplier,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Organisation client,
		@Schema(description = "PROSPECTING when absent") RelationalType relationalType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-01-06T09:00:00Z") @JsonDeserialize(
				using = IsoInstantDeserializer.class) Instant openedAt,
		@JsonSetter(contentNulls = Nulls.FAIL) List<String> tags) {

	OpenRelationshipCommand toCommand(String id) {
		return new OpenRelationshipCommand(id, this.supplier, this.client, this.relationalType, this.openedAt,
				this.tags);
	}

}
