package io.dyad.standalone.distributed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The main flow against a running distributed deployment: commands to the command-side
 * service, reads from the query-side service, both connected through Axon Server. Skipped
 * unless both services are named, for example
 * {@code ./mvnw verify -pl standalone -am -Dit.test=DistributedModeIT -Ddyad.it.command-url=http://127.0.0.1:8081 -Ddyad.it.query-url=http://127.0.0.1:8082}.
 */
@EnabledIfSystemProperty(named = "dyad.it.command-url", matches = ".+")
@EnabledIfSystemProperty(named = "dyad.it.query-url", matches = ".+")
class DistributedModeIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String commandUrl = System.getProperty("dyad.it.command-url");

	private final String queryUrl = System.getProperty("dyad.it.query-url");

	private final String id = "dist-" + UUID.randomUUID();

	private final String path = "/api/v1/relationships/" + this.id;

	@Test
	void recordsARelationshipThroughAxonServerAndAnswersFromTheQueryService() {
		HttpResponse<String> opened = send(this.commandUrl, "POST", "/api/v1/relationships", """
				{"relationshipId": "%s", "supplier": {"id": "acme", "name": "Acme Ltd"},
				 "client": {"id": "globex", "name": "Globex"}, "openedAt": "%s"}""".formatted(this.id, OPENED_AT));
		assertThat(opened.statusCode()).isEqualTo(201);
		assertThat(opened.headers().firstValue("Location")).hasValue(this.path);
		assertThat(json(opened).get("version").asLong()).isZero();

		JsonNode bargaining = accepted(interaction("i-1", "NEGOTIATION", day(4)));
		assertThat(bargaining.get("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(bargaining.get("stageSteps").get(0).get("rule").asText()).isEqualTo("first-bargaining");
		JsonNode order = accepted(transaction("i-2", "1200.00"));
		accepted(interaction("i-3", "COMMUNICATION", day(13)));
		JsonNode retried = accepted(transaction("i-2", "1200"));
		assertThat(retried).isEqualTo(order);
		assertThat(retried.get("version").asLong()).isEqualTo(3);

		refused(transaction("i-2", "1300.00"), 409, "ID_REUSED");
		refused(interaction("i-4", "SOCIAL", day(12)), 422, "OCCURRED_BEFORE_LATEST");
		refused(new Command(this.path + "/interactions", """
				{"interactionId": "i-5", "outcome": "POSITIVE", "occurredAt": "%s", "initiatedBy": "CLIENT"}"""
			.formatted(day(14))), 400, "INVALID_INPUT");
		refused(new Command("/api/v1/relationships/nobody-" + UUID.randomUUID() + "/interactions",
				interaction("i-1", "SOCIAL", day(14)).body()), 404, "RELATIONSHIP_NOT_FOUND");

		JsonNode assessed = accepted(new Command(this.path + "/assessments", """
				{"assessmentId": "as-1", "assessedAt": "%s",
				 "benefits": {"OPERATIONAL": 4, "SYMBIOTIC": 3, "ECONOMIC": 5, "CUSTOMISATION": 2, "STRATEGIC": 4,
				              "PSYCHOLOGICAL": 3, "SOCIAL": 3},
				 "negatives": {"LOSS_OF_CONTROL": 1, "INDETERMINISM": 2, "RESOURCE_DEMANDS": 1, "RESTRICTIONS": 3,
				               "UNEXPECTED_DEMANDS": 2},
				 "perspectives": {"COST": 3, "ATTITUDINAL": 4, "MUTUALITY": 4}}""".formatted(day(20))));
		assertThat(assessed.get("version").asLong()).isEqualTo(5);
		JsonNode dissolved = accepted(new Command(this.path + "/dissolution", """
				{"reason": "MARKET_CHANGE", "initiatedBy": "CLIENT", "occurredAt": "%s", "note": "new market"}"""
			.formatted(day(30))));
		assertThat(dissolved.get("stage").asText()).isEqualTo("DISSOLUTION");
		assertThat(dissolved.get("version").asLong()).isEqualTo(7);
		refused(interaction("i-6", "SOCIAL", day(31)), 409, "RELATIONSHIP_DISSOLVED");

		JsonNode summary = awaitQuery(this.path, (answer) -> answer.path("version").asLong() == 7);
		assertThat(summary.get("stage").asText()).isEqualTo("DISSOLUTION");
		assertThat(summary.get("trust").asDouble()).isEqualTo(0.4463875);
		assertThat(summary.get("uncertainty").asDouble()).isEqualTo(0.697796875);
		assertThat(summary.get("counts").get("interactions").asLong()).isEqualTo(3);
		assertThat(summary.get("counts").get("assessments").asLong()).isEqualTo(1);
		assertThat(summary.get("dissolutionReason").asText()).isEqualTo("MARKET_CHANGE");

		JsonNode periods = awaitQuery(this.path + "/stage-history", (answer) -> answer.path("periods").size() == 3)
			.get("periods");
		assertThat(periods).extracting((period) -> period.get("stage").asText())
			.containsExactly("AWARENESS", "EXPLORATION", "DISSOLUTION");
		assertThat(periods).extracting((period) -> period.get("rule").asText())
			.startsWith("first-bargaining", "dissolved");

		JsonNode trajectory = awaitQuery(this.path + "/trust-trajectory",
				(answer) -> answer.path("totalPoints").asInt() == 3);
		assertThat(trajectory.get("points")).extracting((point) -> point.get("interactionId").asText())
			.containsExactly("i-1", "i-2", "i-3");

		JsonNode events = json(send(this.queryUrl, "GET", this.path + "/events", null)).get("events");
		assertThat(events).extracting((event) -> event.get("sequenceNumber").asLong())
			.containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(events).extracting((event) -> event.get("type").asText())
			.containsExactly("RelationshipOpened", "InteractionRecorded", "StageAdvanced", "InteractionRecorded",
					"InteractionRecorded", "RelationshipAssessed", "RelationshipDissolved", "StageAdvanced");

		JsonNode afterTheOrder = json(send(this.queryUrl, "GET", this.path + "/state?asOf=" + day(10), null));
		assertThat(afterTheOrder.get("version").asLong()).isEqualTo(3);
		assertThat(afterTheOrder.get("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(afterTheOrder.get("trust").asDouble()).isEqualTo(0.41725);
		JsonNode now = json(send(this.queryUrl, "GET", this.path + "/state", null));
		assertThat(now.get("version").asLong()).isEqualTo(7);
		assertThat(now.get("stage").asText()).isEqualTo("DISSOLUTION");

		JsonNode verification = json(send(this.queryUrl, "GET", this.path + "/verification", null));
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("eventsChecked").asLong()).isEqualTo(8);
	}

	private Command interaction(String interactionId, String kind, Instant occurredAt) {
		return new Command(this.path + "/interactions",
				"""
						{"interactionId": "%s", "kind": "%s", "outcome": "POSITIVE", "occurredAt": "%s", "initiatedBy": "SUPPLIER"}"""
					.formatted(interactionId, kind, occurredAt));
	}

	private Command transaction(String interactionId, String amount) {
		return new Command(this.path + "/interactions", """
				{"interactionId": "%s", "kind": "TRANSACTION", "outcome": "POSITIVE", "occurredAt": "%s",
				 "monetaryValue": {"amount": %s, "currency": "EUR"}, "initiatedBy": "CLIENT"}"""
			.formatted(interactionId, day(9), amount));
	}

	private JsonNode accepted(Command command) {
		HttpResponse<String> response = send(this.commandUrl, "POST", command.path(), command.body());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private void refused(Command command, int status, String code) {
		HttpResponse<String> response = send(this.commandUrl, "POST", command.path(), command.body());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("code").asText()).isEqualTo(code);
	}

	private JsonNode awaitQuery(String path, Predicate<JsonNode> done) {
		return await().atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
			HttpResponse<String> response = send(this.queryUrl, "GET", path, null);
			return (response.statusCode() == 200) ? json(response) : JSON.missingNode();
		}, done);
	}

	private HttpResponse<String> send(String baseUrl, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + baseUrl + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + baseUrl + path + " was interrupted", ex);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not JSON: " + response.body(), ex);
		}
	}

	private static Instant day(int days) {
		return OPENED_AT.plus(Duration.ofDays(days));
	}

	private record Command(String path, String body) {
	}

}
