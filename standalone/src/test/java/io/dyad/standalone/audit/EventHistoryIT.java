package io.dyad.standalone.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class EventHistoryIT extends AuditIntegrationTest {

	private static final Instant FIRST_ORDER = Instant.parse("2025-01-20T10:00:00Z");

	private final String relationshipId = newRelationshipId();

	private final History history = new History(this.relationshipId);

	@Test
	void answersTheStoredEventsInOrderWithTheirTimesPayloadAndMetadata() {
		record(this.relationshipId, this.history.opened());
		record(this.relationshipId, this.history.transaction("i-1", FIRST_ORDER, 0.37, 0.85), this.history
			.advanced(Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", "i-1", FIRST_ORDER, 0.37, 0.85));

		ResponseEntity<String> response = get(eventsPath());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode events = body(response).get("events");
		assertThat(events).extracting((event) -> event.get("sequenceNumber").asLong()).containsExactly(0L, 1L, 2L);
		assertThat(events).extracting((event) -> event.get("type").asText())
			.containsExactly("RelationshipOpened", "InteractionRecorded", "StageAdvanced");
		JsonNode interaction = events.get(1);
		assertThat(interaction.get("payloadType").asText()).isEqualTo("io.dyad.api.event.InteractionRecordedEvent");
		assertThat(interaction.get("revision").asText()).isEqualTo("2");
		assertThat(Instant.parse(interaction.get("occurredAt").asText())).isEqualTo(FIRST_ORDER);
		assertThat(Instant.parse(events.get(0).get("occurredAt").asText())).isEqualTo(History.OPENED_AT);
		assertThat(interaction.get("recordedAt").isTextual()).isTrue();
		assertThat(interaction.get("payload").get("interactionId").asText()).isEqualTo("i-1");
		assertThat(interaction.get("payload").get("trust").asDouble()).isEqualTo(0.37);
		assertThat(response.getBody()).as("amounts keep their stored scale").contains("\"amount\":1200.00");
		assertThat(interaction.get("metadata").get(SENDER).asText()).isEqualTo("audit-it");
		assertThat(interaction.get("metadata").get("correlationId").asText()).isNotBlank();
		assertThat(interaction.get("metadata").get("hash").asText()).matches("[0-9a-f]{64}");
		assertThat(body(response).get("nextFromSequence").isNull()).isTrue();
	}

	@Test
	void pagesThroughTheHistory() {
		recordFiveEvents();

		JsonNode first = body(get(eventsPath() + "?limit=2"));
		JsonNode last = body(get(eventsPath() + "?fromSequence=4&limit=2"));

		assertThat(first.get("events")).extracting((event) -> event.get("sequenceNumber").asLong())
			.containsExactly(0L, 1L);
		assertThat(first.get("nextFromSequence").asLong()).isEqualTo(2);
		assertThat(last.get("events")).extracting((event) -> event.get("sequenceNumber").asLong()).containsExactly(4L);
		assertThat(last.get("nextFromSequence").isNull()).isTrue();
	}

	@Test
	void exportsTheWholeHistoryAsJsonLines() throws Exception {
		recordFiveEvents();

		ResponseEntity<String> response = getAccepting(eventsPath(), "application/x-ndjson");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders()
			.getContentType()
			.isCompatibleWith(MediaType.parseMediaType("application/x-ndjson"))).isTrue();
		List<Long> sequenceNumbers = new ArrayList<>();
		for (String line : response.getBody().split("\n")) {
			sequenceNumbers.add(JSON.readTree(line).get("sequenceNumber").asLong());
		}
		assertThat(sequenceNumbers).containsExactly(0L, 1L, 2L, 3L, 4L);
	}

	@Test
	void answersJsonToClientsThatAcceptAnything() {
		recordFiveEvents();

		ResponseEntity<String> response = getAccepting(eventsPath(), "*/*");

		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(body(response).get("events")).hasSize(5);
	}

	@Test
	void refusesAnUnknownRelationship() {
		for (String accept : List.of("application/json", "application/x-ndjson")) {
			ResponseEntity<String> response = getAccepting("/api/v1/relationships/" + newRelationshipId() + "/events",
					accept);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-found");
		}
	}

	@Test
	void refusesPagesOutsideTheBounds() {
		recordFiveEvents();

		for (String query : List.of("?limit=0", "?limit=1001", "?fromSequence=-1", "?limit=many")) {
			ResponseEntity<String> response = get(eventsPath() + query);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:invalid-input");
			assertThat(body(response).get("errors").get(0).get("field").asText())
				.isEqualTo(query.substring(1, query.indexOf('=')));
		}
	}

	private void recordFiveEvents() {
		record(this.relationshipId, this.history.opened());
		for (int day = 1; day <= 4; day++) {
			record(this.relationshipId, this.history.transaction("i-" + day, FIRST_ORDER.plusSeconds(day * 86_400L),
					0.3 + day / 100.0, 0.9));
		}
	}

	private String eventsPath() {
		return "/api/v1/relationships/" + this.relationshipId + "/events";
	}

	private ResponseEntity<String> getAccepting(String path, String accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, accept);
		return exchange(HttpMethod.GET, path, null, headers);
	}

}
