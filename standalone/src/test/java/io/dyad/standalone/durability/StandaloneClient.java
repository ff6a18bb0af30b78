package io.dyad.standalone.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A plain HTTP client for a standalone application started outside the test's Spring
 * context.
 */
class StandaloneClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	StandaloneClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	JsonNode openRelationship(String id, String openedAt) throws IOException, InterruptedException {
		return post("/api/v1/relationships", """
				{"relationshipId": "%s", "supplier": {"id": "acme", "name": "Acme Ltd"},
				 "client": {"id": "globex", "name": "Globex"}, "openedAt": "%s"}""".formatted(id, openedAt), 201);
	}

	JsonNode recordInteraction(String id, String interactionId, String kind, String occurredAt)
			throws IOException, InterruptedException {
		String money = "TRANSACTION".equals(kind) ? ", \"monetaryValue\": {\"amount\": 100, \"currency\": \"EUR\"}"
				: "";
		return post("/api/v1/relationships/" + id + "/interactions", """
				{"interactionId": "%s", "kind": "%s", "outcome": "POSITIVE", "occurredAt": "%s",
				 "initiatedBy": "CLIENT"%s}""".formatted(interactionId, kind, occurredAt, money), 200);
	}

	JsonNode get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * Polls the relationship summary until its projection has applied the given version.
	 */
	JsonNode awaitSummaryVersion(String id, long version) {
		AtomicReference<JsonNode> summary = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.base + "/api/v1/relationships/" + id)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return false;
			}
			summary.set(JSON.readTree(response.body()));
			return summary.get().get("version").asLong() >= version;
		});
		return summary.get();
	}

	private JsonNode post(String path, String json, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

}
