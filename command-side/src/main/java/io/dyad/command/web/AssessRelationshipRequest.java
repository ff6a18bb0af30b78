package io.dyad.command.web;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dyad.api.command.AssessRelationshipCommand;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Scores from 0 to 5 for every benefit, every negative and every perspective")
record AssessRelationshipRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The caller's id; makes retries safe",
				example = "as-1") String assessmentId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-04-01T09:00:00Z") @JsonDeserialize(
				using = IsoInstantDeserializer.class) Instant assessedAt,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonSetter(
				contentNulls = Nulls.FAIL) Map<Benefit, Double> benefits,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonSetter(
				contentNulls = Nulls.FAIL) Map<Negative, Double> negatives,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonSetter(
				contentNulls = Nulls.FAIL) Map<Perspective, Double> perspectives) {

	AssessRelationshipCommand toCommand(String relationshipId) {
		return new AssessRelationshipCommand(relationshipId, this.assessmentId, this.assessedAt, this.benefits,
				this.negatives, this.perspectives);
	}

}
