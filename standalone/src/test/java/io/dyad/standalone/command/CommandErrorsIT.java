package io.dyad.standalone.command;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyad.standalone.DyadIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static io.dyad.standalone.command.CommandBodies.OPENED_AT;
import static io.dyad.standalone.command.CommandBodies.assessment;
import static io.dyad.standalone.command.CommandBodies.classification;
import static io.dyad.standalone.command.CommandBodies.dissolution;
import static io.dyad.standalone.command.CommandBodies.interaction;
import static io.dyad.standalone.command.CommandBodies.newRelationshipId;
import static io.dyad.standalone.command.CommandBodies.open;
import static io.dyad.standalone.command.CommandBodies.openWithoutId;
import static io.dyad.standalone.command.CommandBodies.relationship;
import static io.dyad.standalone.command.CommandBodies.transaction;
import static org.assertj.core.api.Assertions.assertThat;

class CommandErrorsIT extends DyadIntegrationTest {

	private static final int MAX_BODY_BYTES = 64 * 1024;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void namesTheFieldAndTheAllowedValuesOfAnUnknownEnumValue() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions",
				interaction("i-1", "GOSSIP", "POSITIVE", day(1)));

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(problem.get("type").asText()).isEqualTo("urn:dyad:problem:invalid-input");
		assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("kind");
		assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo(
				"must be one of COMMUNICATION, SOCIAL, NEGOTIATION, TRANSACTION, COORDINATION, JOINT_PROBLEM_SOLVING, CONFLICT");
		assertThat(problem.get("detail").asText()).contains("kind");
	}

	@Test
	void refusesAnEnumValueGivenAsANumber() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions", """
				{"interactionId": "i-1", "kind": 3, "outcome": "POSITIVE", "occurredAt": "2025-01-07T09:00:00Z",
				 "initiatedBy": "CLIENT"}""");

		assertThat(fields(problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT"))).isEqualTo("kind");
	}

	@Test
	void namesEveryMissingField() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions", """
				{"interactionId": "i-1", "kind": "SOCIAL"}""");

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(fields(problem)).isEqualTo("initiatedBy occurredAt outcome");
		assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("must not be null");
		assertThat(problem.get("detail").asText()).contains("initiatedBy", "occurredAt", "outcome");
	}

	@Test
	void refusesATransactionWithoutAnAmount() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions",
				interaction("t-1", "TRANSACTION", "POSITIVE", day(1)));

		assertThat(fields(problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT"))).isEqualTo("monetaryValue");
	}

	@Test
	void refusesATransactionWithANegativeAmount() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions",
				transaction("t-1", day(1), "-5"));

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(fields(problem)).isEqualTo("monetaryValue.amount");
		assertThat(problem.get("errors").get(0).get("message").asText()).contains("positive amount");
	}

	@Test
	void refusesAScoreOutsideZeroToFive() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/assessments",
				assessment("as-1", day(1), "5.5"));

		assertThat(fields(problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT"))).isEqualTo("benefits.SOCIAL");
	}

	@Test
	void refusesUnparseableJson() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions", "{\"interactionId\": ");

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(problem.get("detail").asText()).startsWith("Request body is not valid JSON");
	}

	@Test
	void namesAFieldOfTheWrongType() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions", """
				{"interactionId": "i-1", "kind": "SOCIAL", "outcome": "POSITIVE", "occurredAt": "yesterday",
				 "initiatedBy": "CLIENT"}""");

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(fields(problem)).isEqualTo("occurredAt");
		assertThat(problem.get("errors").get(0).get("message").asText()).contains("ISO-8601");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1736240400", "\"1736240400\"", "1736240400.5", "\"2025-01-07\"" })
	void refusesAnInstantThatIsNotIso8601Text(String occurredAt) {
		String id = opened();
		ResponseEntity<String> refused = post(relationship(id) + "/interactions", """
				{"interactionId": "i-1", "kind": "SOCIAL", "outcome": "POSITIVE", "occurredAt": %s,
				 "initiatedBy": "CLIENT"}""".formatted(occurredAt));

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(fields(problem)).isEqualTo("occurredAt");
		assertThat(problem.get("errors").get(0).get("message").asText()).contains("ISO-8601");
		assertThat(body(post(relationship(id) + "/interactions", interaction("i-2", "SOCIAL", "POSITIVE", day(1))))
			.get("version")
			.asLong()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "interactionId | 12345 | interactionId | must be a string",
			"summary | 5 | summary | must be a string", "summary | true | summary | must be a string",
			"monetaryValue | {\"amount\": \"100\", \"currency\": \"EUR\"} | monetaryValue.amount | must be a number" })
	void refusesAValueOfAnotherJsonTypeInsteadOfConvertingIt(String member, String value, String field, String message)
			throws JsonProcessingException {
		String id = opened();
		ObjectNode body = (ObjectNode) JSON.readTree(transaction("i-1", day(1), "100"));
		body.set(member, JSON.readTree(value));

		JsonNode problem = problem(post(relationship(id) + "/interactions", body.toString()), HttpStatus.BAD_REQUEST,
				"INVALID_INPUT");

		assertThat(fields(problem)).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo(message);
		assertThat(body(post(relationship(id) + "/interactions", interaction("i-2", "SOCIAL", "POSITIVE", day(1))))
			.get("version")
			.asLong()).isEqualTo(1);
	}

	@Test
	void refusesAMemberGivenTwice() {
		String id = opened();
		ResponseEntity<String> refused = post(relationship(id) + "/interactions", """
				{"interactionId": "i-1", "kind": "SOCIAL", "outcome": "POSITIVE", "outcome": "NEGATIVE",
				 "occurredAt": "2025-01-07T10:00:00Z", "initiatedBy": "CLIENT"}""");

		JsonNode problem = problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		assertThat(problem.get("detail").asText()).startsWith("Request body is not valid JSON").contains("'outcome'");
		assertThat(body(post(relationship(id) + "/interactions", interaction("i-2", "SOCIAL", "POSITIVE", day(1))))
			.get("version")
			.asLong()).isEqualTo(1);
	}

	@Test
	void readsAnIso8601InstantWithAnOffsetAndWithoutSeconds() {
		ResponseEntity<String> accepted = post(relationship(opened()) + "/interactions",
				"""
						{"interactionId": "i-1", "kind": "SOCIAL", "outcome": "POSITIVE", "occurredAt": "2025-01-07T10:00+01:00",
						 "initiatedBy": "CLIENT"}""");

		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(body(accepted).get("version").asLong()).isEqualTo(1);
	}

	@Test
	void validatesBeforeLookingTheRelationshipUp() {
		ResponseEntity<String> refused = post(relationship(newRelationshipId()) + "/interactions",
				transaction("t-1", day(1), "0"));

		assertThat(fields(problem(refused, HttpStatus.BAD_REQUEST, "INVALID_INPUT"))).isEqualTo("monetaryValue.amount");
	}

	@Test
	void acceptsABodyOfExactly64KiB() {
		String id = opened();

		ResponseEntity<String> accepted = post(relationship(id) + "/interactions",
				paddedTo(MAX_BODY_BYTES, interaction("m-1", "SOCIAL", "POSITIVE", day(1))));

		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void refusesABodyDeclaredLargerThan64KiB() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions",
				paddedTo(MAX_BODY_BYTES + 1, interaction("m-1", "SOCIAL", "POSITIVE", day(1))));

		problem(refused, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void refusesAChunkedBodyLargerThan64KiB() throws Exception {
		byte[] body = paddedTo(2 * MAX_BODY_BYTES, interaction("m-1", "SOCIAL", "POSITIVE", day(1)))
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest chunked = HttpRequest
			.newBuilder(URI.create(this.http.getRootUri() + relationship(opened()) + "/interactions"))
			.header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		HttpResponse<String> refused = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void answersNotFoundForAnUnknownRelationshipWithoutLoggingIt(CapturedOutput log) {
		String unknown = newRelationshipId();

		ResponseEntity<String> refused = post(relationship(unknown) + "/interactions",
				interaction("m-1", "SOCIAL", "POSITIVE", day(1)));

		JsonNode problem = problem(refused, HttpStatus.NOT_FOUND, "RELATIONSHIP_NOT_FOUND");
		assertThat(problem.get("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-found");
		assertThat(problem.get("relationshipId").asText()).isEqualTo(unknown);
		assertThat(log.getOut()).doesNotContain(unknown);
	}

	@Test
	void refusesEveryCommandOnADissolvedRelationshipEvenARetry() {
		String id = opened();
		post(relationship(id) + "/dissolution", dissolution(day(5)));

		ResponseEntity<String> interaction = post(relationship(id) + "/interactions",
				interaction("m-1", "SOCIAL", "POSITIVE", day(6)));
		ResponseEntity<String> retriedDissolution = post(relationship(id) + "/dissolution", dissolution(day(5)));
		ResponseEntity<String> reopening = post("/api/v1/relationships", open(id));

		JsonNode problem = problem(interaction, HttpStatus.CONFLICT, "RELATIONSHIP_DISSOLVED");
		assertThat(problem.get("dissolvedAt").asText()).isEqualTo("2025-01-11T09:00:00Z");
		problem(retriedDissolution, HttpStatus.CONFLICT, "RELATIONSHIP_DISSOLVED");
		problem(reopening, HttpStatus.CONFLICT, "RELATIONSHIP_DISSOLVED");
	}

	@Test
	void refusesAnInteractionIdReusedWithOtherContent() {
		String id = opened();
		post(relationship(id) + "/interactions", interaction("m-1", "SOCIAL", "POSITIVE", day(1)));

		ResponseEntity<String> refused = post(relationship(id) + "/interactions",
				interaction("m-1", "SOCIAL", "NEGATIVE", day(1)));

		JsonNode problem = problem(refused, HttpStatus.CONFLICT, "ID_REUSED");
		assertThat(problem.get("interactionId").asText()).isEqualTo("m-1");
	}

	@Test
	void refusesToOpenAnExistingIdWithOtherContent() {
		String id = opened();

		ResponseEntity<String> refused = post("/api/v1/relationships", open(id).replace("\"globex\"", "\"initech\""));

		problem(refused, HttpStatus.CONFLICT, "RELATIONSHIP_EXISTS");
	}

	@Test
	void refusesAnInteractionBeforeTheLatestRecordedTime() {
		String id = opened();
		post(relationship(id) + "/classification", classification("COMPETITIVE_SUPPLIER", day(5)));

		ResponseEntity<String> refused = post(relationship(id) + "/interactions",
				interaction("m-1", "SOCIAL", "POSITIVE", day(4)));

		JsonNode problem = problem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "OCCURRED_BEFORE_LATEST");
		assertThat(problem.get("occurredAt").asText()).isEqualTo("2025-01-10T09:00:00Z");
		assertThat(problem.get("latest").asText()).isEqualTo("2025-01-11T09:00:00Z");
	}

	@Test
	void refusesAnInteractionMoreThanFiveMinutesAhead() {
		ResponseEntity<String> refused = post(relationship(opened()) + "/interactions",
				interaction("m-1", "SOCIAL", "POSITIVE", Instant.now().plus(Duration.ofHours(1))));

		JsonNode problem = problem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "OCCURRED_IN_FUTURE");
		assertThat(problem.get("detail").asText()).contains("five minutes");
	}

	@Test
	void changesNothingWhenItRefusesACommand() {
		String id = opened();
		long version = body(post(relationship(id) + "/interactions", interaction("m-1", "SOCIAL", "POSITIVE", day(2))))
			.get("version")
			.asLong();

		post(relationship(id) + "/interactions", interaction("m-2", "SOCIAL", "POSITIVE", day(1)));
		post(relationship(id) + "/interactions", interaction("m-1", "CONFLICT", "NEGATIVE", day(2)));
		post(relationship(id) + "/assessments", assessment("as-1", day(3), "9"));
		post("/api/v1/relationships",
				openWithoutId("x").replace("\"openedAt\"", "\"relationshipId\": \"" + id + "\", \"openedAt\""));
		JsonNode next = body(post(relationship(id) + "/interactions", interaction("m-3", "SOCIAL", "NEUTRAL", day(3))));

		assertThat(version).isEqualTo(1);
		assertThat(next.get("version").asLong()).isEqualTo(version + 1);
	}

	private String opened() {
		String id = newRelationshipId();
		assertThat(post("/api/v1/relationships", open(id)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return id;
	}

	private static JsonNode problem(ResponseEntity<String> response, HttpStatus status, String code) {
		assertThat(response.getStatusCode()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = body(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		assertThat(problem.get("code").asText()).isEqualTo(code);
		assertThat(problem.get("title").asText()).isNotBlank();
		return problem;
	}

	/** The fields the errors name, in order, separated by spaces. */
	private static String fields(JsonNode problem) {
		StringBuilder fields = new StringBuilder();
		problem.get("errors")
			.forEach((error) -> fields.append(fields.isEmpty() ? "" : " ").append(error.get("field").asText()));
		return fields.toString();
	}

	/**
	 * The JSON with leading spaces, so that the whole body must be read, of exactly this
	 * size.
	 */
	private static String paddedTo(int bytes, String json) {
		return " ".repeat(bytes - json.getBytes(StandardCharsets.UTF_8).length) + json;
	}

	private static Instant day(long days) {
		return OPENED_AT.plus(Duration.ofDays(days));
	}

}
