package io.dyad.command.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.dyad.api.command.RelationshipCommandResult;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The answers of a command on an open relationship, for the OpenAPI description. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "Recorded (or recorded before with the same content)",
		content = @Content(schema = @Schema(implementation = RelationshipCommandResult.class),
				examples = @ExampleObject(ApiExamples.RESULT)))
@ApiResponse(responseCode = "404", description = "No relationship with this id",
		content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(ApiExamples.NOT_FOUND)))
@ApiResponse(responseCode = "422",
		description = "Earlier than the latest recorded time, or more than five minutes ahead",
		content = @Content(mediaType = "application/problem+json",
				examples = @ExampleObject(ApiExamples.UNPROCESSABLE)))
@interface RecordedResponses {

}
