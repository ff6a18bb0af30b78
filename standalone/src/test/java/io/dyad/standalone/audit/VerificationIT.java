package io.dyad.standalone.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Six events over four commands; the tests alter, remove and reorder them in the event
 * table and expect the chain to name what happened where.
 */
class VerificationIT extends AuditIntegrationTest {

	private static final Instant FIRST_ORDER = Instant.parse("2025-01-20T10:00:00Z");

	private final String relationshipId = newRelationshipId();

	private final History history = new History(this.relationshipId);

	@BeforeEach
	void recordHistory() {
		record(this.relationshipId, this.history.opened());
		record(this.relationshipId, this.history.transaction("i-1", FIRST_ORDER, 0.37, 0.85), this.history
			.advanced(Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", "i-1", FIRST_ORDER, 0.37, 0.85));
		record(this.relationshipId, this.history.conflict("i-2", FIRST_ORDER.plusSeconds(3600), 0.2035, 0.9775),
				this.history.atRisk(List.of("conflict-burst"), "i-2", FIRST_ORDER.plusSeconds(3600), 0.2035));
		record(this.relationshipId, this.history.adapted("a-1", FIRST_ORDER.plusSeconds(7200), 0.2));
	}

	@Test
	void holdsForTheHistoryAsStored() {
		ResponseEntity<String> response = get(verificationPath(this.relationshipId));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(body(response).get("valid").asBoolean()).isTrue();
		assertThat(body(response).get("eventsChecked").asLong()).isEqualTo(6);
		assertThat(body(response).has("firstInvalid")).isFalse();
		JsonNode lastEvent = body(get("/api/v1/relationships/" + this.relationshipId + "/events?fromSequence=5"))
			.get("events")
			.get(0);
		assertThat(body(response).get("headHash").asText()).isEqualTo(lastEvent.get("metadata").get("hash").asText());
	}

	@Test
	void findsAnAlteredEvent() {
		String payload = new String(storedPayload(this.relationshipId, 3), StandardCharsets.UTF_8);
		storePayload(this.relationshipId, 3, payload.replace("0.2035", "0.5035").getBytes(StandardCharsets.UTF_8));

		JsonNode verification = body(get(verificationPath(this.relationshipId)));

		assertBrokenAt(verification, 3, "ALTERED");
		assertThat(verification.get("eventsChecked").asLong()).isEqualTo(4);
	}

	@Test
	void findsARemovedEvent() {
		deleteEvent(this.relationshipId, 2);

		assertBrokenAt(body(get(verificationPath(this.relationshipId))), 2, "MISSING");
	}

	@Test
	void findsReorderedEvents() {
		swapEvents(this.relationshipId, 3, 4);

		assertBrokenAt(body(get(verificationPath(this.relationshipId))), 3, "REORDERED");
	}

	@Test
	void chainsNewEventsToWhatIsStoredNotToWhatItRemembers() {
		deleteEvent(this.relationshipId, 5);
		record(this.relationshipId, this.history.adapted("a-2", FIRST_ORDER.plusSeconds(9000), 0.36));

		JsonNode verification = body(get(verificationPath(this.relationshipId)));

		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("eventsChecked").asLong()).isEqualTo(6);
	}

	@Test
	void refusesAnUnknownRelationship() {
		ResponseEntity<String> response = get(verificationPath(newRelationshipId()));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-found");
	}

	@Test
	void verifiesEveryRelationshipInARunWithProgress() {
		String untouched = newRelationshipId();
		record(untouched, new History(untouched).opened());
		deleteEvent(this.relationshipId, 1);

		ResponseEntity<String> started = post("/api/v1/audit/verifications", null);

		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String runPath = started.getHeaders().getLocation().getPath();
		assertThat(runPath).startsWith("/api/v1/audit/verifications/");
		JsonNode run = await().atMost(Duration.ofSeconds(30))
			.until(() -> body(get(runPath)), (progress) -> progress.get("done").asBoolean());
		assertThat(run.has("failure")).isFalse();
		assertThat(run.get("relationshipsChecked").asInt()).isEqualTo(run.get("relationshipsTotal").asInt())
			.isGreaterThanOrEqualTo(2);
		assertThat(run.get("invalid").findValuesAsText("relationshipId")).contains(this.relationshipId)
			.doesNotContain(untouched);
		for (JsonNode invalid : run.get("invalid")) {
			if (invalid.get("relationshipId").asText().equals(this.relationshipId)) {
				assertThat(invalid.get("firstInvalid").get("reason").asText()).isEqualTo("MISSING");
				assertThat(invalid.get("firstInvalid").get("sequenceNumber").asLong()).isEqualTo(1);
			}
		}
	}

	@Test
	void refusesAnUnknownRun() {
		ResponseEntity<String> response = get("/api/v1/audit/verifications/no-such-run");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:verification-run-not-found");
	}

	private static void assertBrokenAt(JsonNode verification, long sequenceNumber, String reason) {
		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("firstInvalid").get("sequenceNumber").asLong()).isEqualTo(sequenceNumber);
		assertThat(verification.get("firstInvalid").get("reason").asText()).isEqualTo(reason);
		assertThat(verification.get("firstInvalid").get("detail").asText()).isNotBlank();
	}

	private static String verificationPath(String relationshipId) {
		return "/api/v1/relationships/" + relationshipId + "/verification";
	}

}
