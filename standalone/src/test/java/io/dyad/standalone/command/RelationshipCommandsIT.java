package io.dyad.standalone.command;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.standalone.DyadIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static io.dyad.standalone.command.CommandBodies.OPENED_AT;
import static io.dyad.standalone.command.CommandBodies.adaptation;
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
import static org.assertj.core.api.Assertions.within;

class RelationshipCommandsIT extends DyadIntegrationTest {

	@Test
	void opensARelationshipAndPointsToIt() {
		String id = newRelationshipId();

		ResponseEntity<String> opened = post("/api/v1/relationships", open(id));

		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(opened.getHeaders().getLocation()).hasToString("/api/v1/relationships/" + id);
		JsonNode result = body(opened);
		assertThat(result.get("relationshipId").asText()).isEqualTo(id);
		assertThat(result.get("version").asLong()).isZero();
		assertThat(result.get("stage").asText()).isEqualTo("AWARENESS");
		assertThat(result.get("relationalType").asText()).isEqualTo("PROSPECTING");
		assertThat(result.get("trust").asDouble()).isEqualTo(0.3);
		assertThat(result.get("uncertainty").asDouble()).isEqualTo(1.0);
		assertThat(result.get("switchingCost").asDouble()).isEqualTo(0.0);
		assertThat(result.get("atRisk").asBoolean()).isFalse();
		assertThat(result.get("stageSteps")).isEmpty();
	}

	@Test
	void generatesAnIdWhenNoneIsGiven() {
		ResponseEntity<String> opened = post("/api/v1/relationships", openWithoutId("initech"));

		String id = body(opened).get("relationshipId").asText();
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(UUID.fromString(id)).isNotNull();
		assertThat(opened.getHeaders().getLocation()).hasToString("/api/v1/relationships/" + id);
		assertThat(body(opened).get("relationalType").asText()).isEqualTo("COMPETITIVE_SUPPLIER");
	}

	@Test
	void reachesTheSameRelationshipWhenACreationIsRetriedWithTheSameIdempotencyKey() {
		HttpHeaders headers = new HttpHeaders();
		String key = UUID.randomUUID().toString();
		headers.set("Idempotency-Key", key);

		ResponseEntity<String> first = exchange(HttpMethod.POST, "/api/v1/relationships", openWithoutId("initech"),
				headers);
		ResponseEntity<String> retry = exchange(HttpMethod.POST, "/api/v1/relationships", openWithoutId("initech"),
				headers);

		String expectedId = UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(body(first).get("relationshipId").asText()).isEqualTo(expectedId);
		assertThat(body(retry)).isEqualTo(body(first));
		assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
	}

	@Test
	void recordsAFirstTransactionAndMovesToExploration() {
		String id = opened();

		ResponseEntity<String> recorded = post(relationship(id) + "/interactions",
				transaction("t-1", OPENED_AT.plus(Duration.ofDays(14)), "1200.00"));

		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode result = body(recorded);
		assertThat(result.get("version").asLong()).isEqualTo(2);
		assertThat(result.get("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(result.get("trust").asDouble()).isCloseTo(0.37, within(1e-9));
		assertThat(result.get("uncertainty").asDouble()).isCloseTo(0.85, within(1e-9));
		JsonNode step = result.get("stageSteps").get(0);
		assertThat(step.get("from").asText()).isEqualTo("AWARENESS");
		assertThat(step.get("to").asText()).isEqualTo("EXPLORATION");
		assertThat(step.get("rule").asText()).isEqualTo("first-monetary-exchange");
		assertThat(step.get("at").asText()).isEqualTo("2025-01-20T09:00:00Z");
	}

	@Test
	void carriesTrustAtFullPrecisionThroughNegotiationTransactionAndCommunication() {
		String id = opened();

		post(relationship(id) + "/interactions", interaction("n-1", "NEGOTIATION", "POSITIVE", day(1)));
		post(relationship(id) + "/interactions", transaction("t-1", day(2), "80"));
		JsonNode result = body(
				post(relationship(id) + "/interactions", interaction("m-1", "COMMUNICATION", "POSITIVE", day(3))));

		assertThat(result.get("trust").asDouble()).isCloseTo(0.4463875, within(1e-12));
		assertThat(result.get("uncertainty").asDouble()).isCloseTo(0.8875 * 0.85 * 0.925, within(1e-12));
	}

	@Test
	void recordsAnAdaptationAnAssessmentAClassificationAndADissolution() {
		String id = opened();

		JsonNode adapted = body(post(relationship(id) + "/adaptations", adaptation("a-1", "MEDIUM", day(1))));
		JsonNode assessed = body(post(relationship(id) + "/assessments", assessment("as-1", day(2), "4")));
		JsonNode classified = body(
				post(relationship(id) + "/classification", classification("MAJOR_SUPPLIER", day(3))));
		ResponseEntity<String> dissolved = post(relationship(id) + "/dissolution", dissolution(day(4)));

		assertThat(adapted.get("switchingCost").asDouble()).isCloseTo(0.2, within(1e-12));
		assertThat(adapted.get("version").asLong()).isEqualTo(1);
		assertThat(assessed.get("version").asLong()).isEqualTo(2);
		assertThat(classified.get("relationalType").asText()).isEqualTo("MAJOR_SUPPLIER");
		assertThat(dissolved.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode result = body(dissolved);
		assertThat(result.get("version").asLong()).isEqualTo(5);
		assertThat(result.get("stage").asText()).isEqualTo("DISSOLUTION");
		assertThat(result.get("stageSteps").get(0).get("from").asText()).isEqualTo("AWARENESS");
		assertThat(result.get("stageSteps").get(0).get("rule").asText()).isEqualTo("dissolved");
	}

	@Test
	void recordsBothModelVersionsInEveryEventThatCarriesScores() {
		String id = opened();
		post(relationship(id) + "/interactions", transaction("t-1", day(1), "1200.00"));
		post(relationship(id) + "/adaptations", adaptation("a-1", "LOW", day(2)));
		post(relationship(id) + "/assessments", assessment("as-1", day(3), "4"));

		JsonNode events = body(get(relationship(id) + "/events")).get("events");

		assertThat(events).extracting((event) -> event.get("type").asText())
			.containsExactly("RelationshipOpened", "InteractionRecorded", "StageAdvanced", "ResourcesAdapted",
					"RelationshipAssessed");
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.get("payload").get("trustModel").asText()).as(event.get("type").asText())
				.isEqualTo("trust-v1");
			assertThat(event.get("payload").get("stagePolicy").asText()).as(event.get("type").asText())
				.isEqualTo("stage-v1");
		});
	}

	@Test
	void answersARetriedInteractionAsTheFirstTimeAndRecordsNothingNew() {
		String id = opened();
		ResponseEntity<String> first = post(relationship(id) + "/interactions", transaction("t-1", day(1), "1200.00"));
		post(relationship(id) + "/interactions", interaction("m-1", "SOCIAL", "POSITIVE", day(2)));

		ResponseEntity<String> retry = post(relationship(id) + "/interactions", transaction("t-1", day(1), "1200"));
		JsonNode next = body(post(relationship(id) + "/interactions", interaction("m-2", "SOCIAL", "NEUTRAL", day(3))));

		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(body(retry)).isEqualTo(body(first));
		assertThat(body(retry).get("version").asLong()).isEqualTo(2);
		assertThat(next.get("version").asLong()).isEqualTo(4);
	}

	@Test
	void describesTheCommandApiWithExamples() {
		ResponseEntity<String> apiDocs = get("/v3/api-docs");

		assertThat(apiDocs.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode paths = body(apiDocs).get("paths");
		assertThat(paths.has("/api/v1/relationships/{relationshipId}/interactions")).isTrue();
		assertThat(paths.has("/api/v1/relationships/{relationshipId}/dissolution")).isTrue();
		assertThat(apiDocs.getBody()).contains("first-monetary-exchange", "urn:dyad:problem:occurred-before-latest",
				"urn:dyad:problem:payload-too-large");
	}

	private String opened() {
		String id = newRelationshipId();
		assertThat(post("/api/v1/relationships", open(id)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return id;
	}

	private static Instant day(long days) {
		return OPENED_AT.plus(Duration.ofDays(days));
	}

}
