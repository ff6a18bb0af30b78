package io.dyad.standalone.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipQueriesIT extends QueryIntegrationTest {

	@Autowired
	private HikariDataSource eventStoreConnections;

	@Test
	void answersTheSummaryOfARelationship() {
		History history = openRelationship("globex").exploring();
		awaitVersion(history.relationshipId, 4);

		JsonNode summary = body(get("/api/v1/relationships/" + history.relationshipId));

		assertThat(summary.path("relationshipId").asText()).isEqualTo(history.relationshipId);
		assertThat(summary.path("supplier").path("id").asText()).isEqualTo("acme");
		assertThat(summary.path("client").path("name").asText()).isEqualTo("Globex");
		assertThat(summary.path("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(summary.path("relationalType").asText()).isEqualTo("PROSPECTING");
		assertThat(summary.path("trust").asDouble()).isEqualTo(0.4463875);
		assertThat(summary.path("uncertainty").asDouble()).isEqualTo(0.697796875);
		assertThat(summary.path("atRisk").asBoolean()).isFalse();
		assertThat(summary.path("counts").path("interactions").asLong()).isEqualTo(3);
		assertThat(summary.path("counts").path("transactions").asLong()).isEqualTo(1);
		assertThat(summary.path("lastInteraction").path("interactionId").asText()).isEqualTo("i-3");
		assertThat(summary.path("lastInteraction").path("occurredAt").asText()).isEqualTo(day(19).toString());
		assertThat(summary.path("openedAt").asText()).isEqualTo("2025-01-06T09:00:00Z");
		assertThat(summary.path("dissolvedAt").isNull()).isTrue();
	}

	@Test
	void answersTheStageHistoryWithDurationsRulesAndEvidence() {
		History history = openRelationship("globex").exploring();
		awaitVersion(history.relationshipId, 4);

		JsonNode periods = awaitBody("/api/v1/relationships/" + history.relationshipId + "/stage-history",
				(answer) -> answer.path("periods").size() == 2)
			.path("periods");

		assertThat(periods).hasSize(2);
		JsonNode awareness = periods.get(0);
		assertThat(awareness.path("stage").asText()).isEqualTo("AWARENESS");
		assertThat(awareness.path("enteredAt").asText()).isEqualTo("2025-01-06T09:00:00Z");
		assertThat(awareness.path("leftAt").asText()).isEqualTo("2025-01-10T09:00:00Z");
		assertThat(awareness.path("duration").asText()).isEqualTo("PT96H");
		assertThat(awareness.path("durationSeconds").asLong()).isEqualTo(4 * 86_400);
		assertThat(awareness.path("rule").asText()).isEqualTo("first-bargaining");
		assertThat(awareness.path("evidence").path("triggeredBy").asText()).isEqualTo("i-1");
		assertThat(awareness.path("evidence").path("adaptationsByParty").path("CLIENT").asInt()).isZero();
		JsonNode exploration = periods.get(1);
		assertThat(exploration.path("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(exploration.path("leftAt").isNull()).isTrue();
		assertThat(exploration.path("duration").isNull()).isTrue();
	}

	@Test
	void answersTheTrustTrajectoryWithinAWindowAndDownsampled() {
		History history = openRelationship("globex").exploring();
		awaitVersion(history.relationshipId, 4);
		String trajectory = "/api/v1/relationships/" + history.relationshipId + "/trust-trajectory";

		JsonNode whole = awaitBody(trajectory, (answer) -> answer.path("totalPoints").asInt() == 3);
		JsonNode window = body(get(trajectory + "?from=" + day(10) + "&to=" + day(19)));
		JsonNode twoPoints = body(get(trajectory + "?maxPoints=2"));

		assertThat(whole.path("points")).extracting((point) -> point.path("interactionId").asText())
			.containsExactly("i-1", "i-2", "i-3");
		assertThat(whole.path("points").get(2).path("trust").asDouble()).isEqualTo(0.4463875);
		assertThat(whole.path("points").get(2).path("kind").asText()).isEqualTo("COMMUNICATION");
		assertThat(whole.path("downsampled").asBoolean()).isFalse();
		assertThat(window.path("points")).extracting((point) -> point.path("interactionId").asText())
			.containsExactly("i-2", "i-3");
		assertThat(twoPoints.path("points")).extracting((point) -> point.path("interactionId").asText())
			.containsExactly("i-1", "i-3");
		assertThat(twoPoints.path("downsampled").asBoolean()).isTrue();
		assertThat(twoPoints.path("totalPoints").asInt()).isEqualTo(3);
	}

	@Test
	void answersTheSameTrustTrajectoryAgainUntilItGrows() {
		History history = openRelationship("globex").exploring();
		String trajectory = "/api/v1/relationships/" + history.relationshipId + "/trust-trajectory";
		awaitBody(trajectory, (answer) -> answer.path("totalPoints").asInt() == 3);

		ResponseEntity<String> first = get(trajectory);
		ResponseEntity<String> again = get(trajectory);
		history.interaction("i-4", InteractionKind.SOCIAL, Outcome.NEGATIVE, day(20), 0.379429375, 0.7280171875);
		JsonNode grown = awaitBody(trajectory, (answer) -> answer.path("totalPoints").asInt() == 4);

		assertThat(again.getBody()).isEqualTo(first.getBody());
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(again.getHeaders().getContentLength()).isEqualTo(again.getBody().getBytes().length);
		assertThat(grown.path("points")).extracting((point) -> point.path("interactionId").asText())
			.containsExactly("i-1", "i-2", "i-3", "i-4");
		assertThat(grown.path("points").get(3).path("trust").asDouble()).isEqualTo(0.379429375);
	}

	@Test
	void answersTheTrustTrajectoryGzippedToClientsThatAcceptGzip() throws IOException {
		History history = openRelationship("globex").exploring();
		String trajectory = "/api/v1/relationships/" + history.relationshipId + "/trust-trajectory";
		awaitBody(trajectory, (answer) -> answer.path("totalPoints").asInt() == 3);
		HttpHeaders acceptingGzip = new HttpHeaders();
		acceptingGzip.set(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate");

		ResponseEntity<byte[]> gzipped = this.http.exchange(trajectory, HttpMethod.GET, new HttpEntity<>(acceptingGzip),
				byte[].class);
		ResponseEntity<String> plain = get(trajectory);

		assertThat(gzipped.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(gzipped.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getHeaders().getContentLength()).isEqualTo(gzipped.getBody().length);
		assertThat(gunzip(gzipped.getBody())).isEqualTo(plain.getBody());
		assertThat(plain.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)).isFalse();
		assertThat(plain.getHeaders().getVary()).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(body(plain).path("totalPoints").asInt()).isEqualTo(3);
	}

	@Test
	void answersWhileEveryEventStoreConnectionIsInUse() throws SQLException {
		History history = openRelationship("globex").exploring();
		awaitVersion(history.relationshipId, 4);
		String path = "/api/v1/relationships/" + history.relationshipId;
		awaitBody(path + "/stage-history", (answer) -> answer.path("periods").size() == 2);
		awaitBody(path + "/trust-trajectory", (answer) -> answer.path("totalPoints").asInt() == 3);
		List<Connection> held = new ArrayList<>();
		try {
			while (held.size() < this.eventStoreConnections.getMaximumPoolSize()) {
				held.add(this.eventStoreConnections.getConnection());
			}

			ResponseEntity<String> summary = get(path);
			ResponseEntity<String> stageHistory = get(path + "/stage-history");
			ResponseEntity<String> trajectory = get(path + "/trust-trajectory");

			assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(body(summary).path("version").asLong()).isEqualTo(4);
			assertThat(stageHistory.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(body(stageHistory).path("periods")).hasSize(2);
			assertThat(trajectory.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(body(trajectory).path("totalPoints").asInt()).isEqualTo(3);
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	@Test
	void listsRelationshipsByFiltersSortedAndPaged() {
		String client = "client-" + UUID.randomUUID();
		History exploring = openRelationship(client).exploring();
		History fresh = openRelationship(client);
		History conflicted = openRelationship(client).interaction("c-1", InteractionKind.CONFLICT, Outcome.NEGATIVE,
				day(2), 0.165, 1.0);
		awaitVersion(exploring.relationshipId, 4);
		awaitVersion(fresh.relationshipId, 0);
		awaitVersion(conflicted.relationshipId, 1);
		String list = "/api/v1/relationships?clientId=" + client;

		JsonNode byTrust = body(get(list + "&sort=trust,desc"));
		JsonNode awareness = body(get(list + "&stage=AWARENESS&sort=trust&direction=asc"));
		JsonNode trustRange = body(get(list + "&minTrust=0.2&maxTrust=0.45"));
		JsonNode secondPage = body(get(list + "&sort=trust,desc&page=1&size=2"));

		assertThat(ids(byTrust)).containsExactly(exploring.relationshipId, fresh.relationshipId,
				conflicted.relationshipId);
		assertThat(byTrust.path("totalElements").asLong()).isEqualTo(3);
		assertThat(ids(awareness)).containsExactly(conflicted.relationshipId, fresh.relationshipId);
		assertThat(ids(trustRange)).containsExactlyInAnyOrder(exploring.relationshipId, fresh.relationshipId);
		assertThat(ids(secondPage)).containsExactly(conflicted.relationshipId);
		assertThat(secondPage.path("totalPages").asInt()).isEqualTo(2);
		assertThat(secondPage.path("size").asInt()).isEqualTo(2);
	}

	@Test
	void answersUnknownRelationshipsWithNotFoundProblems() {
		for (String path : new String[] { "", "/stage-history", "/trust-trajectory" }) {
			ResponseEntity<String> response = get("/api/v1/relationships/nobody-knows" + path);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = body(response);
			assertThat(problem.path("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-found");
			assertThat(problem.path("status").asInt()).isEqualTo(404);
			assertThat(problem.path("code").asText()).isEqualTo("RELATIONSHIP_NOT_FOUND");
			assertThat(problem.path("detail").asText()).contains("nobody-knows");
		}
	}

	@Test
	void answersBadParametersWithProblemsNamingThem() {
		assertBadParameter("/api/v1/relationships?stage=NOPE", "stage");
		assertBadParameter("/api/v1/relationships?atRisk=maybe", "atRisk");
		assertBadParameter("/api/v1/relationships?minTrust=1.5", "minTrust");
		assertBadParameter("/api/v1/relationships?minTrust=0.8&maxTrust=0.2", "minTrust");
		assertBadParameter("/api/v1/relationships?size=101", "size");
		assertBadParameter("/api/v1/relationships?page=-1", "page");
		assertBadParameter("/api/v1/relationships?sort=name", "sort");
		assertBadParameter("/api/v1/relationships?sort=trust,up", "sort");
		assertBadParameter("/api/v1/relationships/any/trust-trajectory?from=yesterday", "from");
		assertBadParameter("/api/v1/relationships/any/trust-trajectory?from=1704499200", "from");
		assertBadParameter("/api/v1/relationships/any/state?asOf=1704499200", "asOf");
		assertBadParameter(
				"/api/v1/relationships/any/trust-trajectory?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", "from");
		assertBadParameter("/api/v1/relationships/any/trust-trajectory?maxPoints=1", "maxPoints");
	}

	@Test
	void reportsMongoInTheHealth() {
		JsonNode health = body(get("/actuator/health"));

		assertThat(health.path("components").path("mongo").path("status").asText()).isEqualTo("UP");
	}

	private void assertBadParameter(String path, String parameter) {
		ResponseEntity<String> response = get(path);

		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = body(response);
		assertThat(problem.path("type").asText()).isEqualTo("urn:dyad:problem:invalid-input");
		assertThat(problem.path("errors").get(0).path("field").asText()).as(path).isEqualTo(parameter);
		assertThat(problem.path("detail").asText()).contains(parameter);
	}

	private static Iterable<String> ids(JsonNode page) {
		return () -> StreamSupport.stream(page.path("content").spliterator(), false)
			.map((summary) -> summary.path("relationshipId").asText())
			.iterator();
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (InputStream json = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(json.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
