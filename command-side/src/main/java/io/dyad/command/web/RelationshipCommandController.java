package io.dyad.command.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.dyad.api.command.RelationshipCommandResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The command API: each call sends one command and answers with the relationship's state
 * after it and the stage steps it caused.
 */
@RestController
@RequestMapping(path = "/api/v1/relationships", consumes = MediaType.APPLICATION_JSON_VALUE,
		produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Relationship commands", description = "Record what happened in a supplier-client relationship")
@CommandErrorResponses
class RelationshipCommandController {

	private final CommandGateway commands;

	RelationshipCommandController(CommandGateway commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Open a relationship",
			description = "Opens a relationship in AWARENESS. Sending the same content again answers the same; "
					+ "other content under the same id is refused with 409.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(ApiExamples.OPEN))))
	@ApiResponse(responseCode = "201", description = "Opened (or opened before with the same content)",
			content = @Content(schema = @Schema(implementation = RelationshipCommandResult.class),
					examples = @ExampleObject(ApiExamples.RESULT)))
	ResponseEntity<RelationshipCommandResult> open(@RequestBody OpenRelationshipRequest request,
			@Parameter(description = "Without a relationshipId in the body, retries with the same key reach the "
					+ "same relationship") @RequestHeader(name = "Idempotency-Key",
							required = false) String idempotencyKey) {
		String relationshipId = relationshipId(request, idempotencyKey);
		RelationshipCommandResult result = this.commands.sendAndWait(request.toCommand(relationshipId));
		URI location = UriComponentsBuilder.fromPath("/api/v1/relationships/{id}")
			.buildAndExpand(relationshipId)
			.encode()
			.toUri();
		return ResponseEntity.created(location).body(result);
	}

	@PostMapping("/{relationshipId}/interactions")
	@Operation(summary = "Record an interaction",
			description = "Moves trust and uncertainty by the trust model, then checks the stage and risk rules.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(ApiExamples.INTERACTION))))
	@RecordedResponses
	RelationshipCommandResult recordInteraction(@PathVariable String relationshipId,
			@RequestBody RecordInteractionRequest request) {
		return this.commands.sendAndWait(request.toCommand(relationshipId));
	}

	@PostMapping("/{relationshipId}/adaptations")
	@Operation(summary = "Record an adaptation of resources",
			description = "Raises the switching cost, then checks the stage and risk rules.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(ApiExamples.ADAPTATION))))
	@RecordedResponses
	RelationshipCommandResult adaptResources(@PathVariable String relationshipId,
			@RequestBody AdaptResourcesRequest request) {
		return this.commands.sendAndWait(request.toCommand(relationshipId));
	}

	@PostMapping("/{relationshipId}/assessments")
	@Operation(summary = "Assess the relationship",
			description = "Records the net benefit (mean benefit less mean negative) and the exchange it recommends.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(ApiExamples.ASSESSMENT))))
	@RecordedResponses
	RelationshipCommandResult assess(@PathVariable String relationshipId,
			@RequestBody AssessRelationshipRequest request) {
		return this.commands.sendAndWait(request.toCommand(relationshipId));
	}

	@PostMapping("/{relationshipId}/classification")
	@Operation(summary = "Classify the relationship",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(ApiExamples.CLASSIFICATION))))
	@RecordedResponses
	RelationshipCommandResult classify(@PathVariable String relationshipId,
			@RequestBody ClassifyRelationshipRequest request) {
		return this.commands.sendAndWait(request.toCommand(relationshipId));
	}

	@PostMapping("/{relationshipId}/dissolution")
	@Operation(summary = "Dissolve the relationship",
			description = "Records the dissolution and the step to DISSOLUTION; no command is accepted afterwards.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(ApiExamples.DISSOLUTION))))
	@RecordedResponses
	RelationshipCommandResult dissolve(@PathVariable String relationshipId, @RequestBody DissolveRequest request) {
		return this.commands.sendAndWait(request.toCommand(relationshipId));
	}

	private static String relationshipId(OpenRelationshipRequest request, String idempotencyKey) {
		if (request.relationshipId() != null) {
			return request.relationshipId();
		}
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			return UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)).toString();
		}
		return UUID.randomUUID().toString();
	}

}
