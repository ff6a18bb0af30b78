package io.dyad.command.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The refusals every command can meet, for the OpenAPI description. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Invalid input; the errors name the fields",
		content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(ApiExamples.INVALID)))
@ApiResponse(responseCode = "409", description = "Relationship dissolved, or an id reused with other content",
		content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(ApiExamples.CONFLICT)))
@ApiResponse(responseCode = "413", description = "Body over 64 KiB",
		content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(ApiExamples.TOO_LARGE)))
@interface CommandErrorResponses {

}
