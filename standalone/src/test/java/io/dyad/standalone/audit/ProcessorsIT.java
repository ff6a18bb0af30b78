package io.dyad.standalone.audit;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

class ProcessorsIT extends AuditIntegrationTest {

	@Test
	void listsTheProcessorsWithTheHeadOfTheEventStore() {
		String relationshipId = newRelationshipId();
		record(relationshipId, new History(relationshipId).opened());

		ResponseEntity<String> response = get("/api/v1/processors");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(body(response).get("headPosition").asLong()).isNotNegative();
		assertThat(body(response).get("processors").isArray()).isTrue();
		for (JsonNode processor : body(response).get("processors")) {
			assertThat(processor.get("name").asText()).isNotBlank();
			assertThat(processor.has("running")).isTrue();
			assertThat(processor.has("replaying")).isTrue();
			assertThat(processor.has("error")).isTrue();
		}
	}

	@Test
	void measuresEachProcessorsLatencyAndCapacity() {
		String relationshipId = newRelationshipId();
		record(relationshipId, new History(relationshipId).opened());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/actuator/metrics/eventProcessor.capacity?tag=processorName:stage-history")
				.getStatusCode() == HttpStatus.OK);

		assertThat(get("/actuator/metrics/eventProcessor.latency?tag=processorName:stage-history").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(get("/actuator/metrics/eventProcessor.allTimer").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/actuator/metrics/eventStore.allTimer").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void refusesAnUnknownProcessor() {
		for (ResponseEntity<String> response : new ResponseEntity[] { get("/api/v1/processors/no-such-processor"),
				post("/api/v1/processors/no-such-processor/replay", null) }) {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:processor-not-found");
		}
	}

	/**
	 * Needs a streaming processor, which the projections bring; on a branch without them
	 * it is skipped.
	 */
	@Test
	void replaysAProcessorAndReportsItsProgress() {
		String relationshipId = newRelationshipId();
		record(relationshipId, new History(relationshipId).opened());
		JsonNode streaming = null;
		for (JsonNode processor : body(get("/api/v1/processors")).get("processors")) {
			streaming = processor.get("streaming").asBoolean() ? processor : streaming;
		}
		assumeThat(streaming).as("a streaming event processor").isNotNull();
		String name = streaming.get("name").asText();

		ResponseEntity<String> started = post("/api/v1/processors/" + name + "/replay", null);

		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(started.getHeaders().getLocation().getPath()).isEqualTo("/api/v1/processors/" + name);
		assertThat(body(started).get("replay").get("eventsTotal").asLong()).isPositive();
		JsonNode replayed = await().atMost(Duration.ofSeconds(60))
			.until(() -> body(get("/api/v1/processors/" + name)),
					(processor) -> processor.get("replay").get("done").asBoolean());
		assertThat(replayed.get("replaying").asBoolean()).isFalse();
		assertThat(replayed.get("replay").get("eventsProcessed").asLong())
			.isEqualTo(replayed.get("replay").get("eventsTotal").asLong());
		assertThat(get("/actuator/metrics/dyad.replay.progress?tag=processor:" + name).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

}
