package io.dyad.standalone.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relationship opened on 6 January, with a first order on 20 January that was only
 * entered on 10 February, and a shared warehouse on 1 March.
 */
class StateIT extends AuditIntegrationTest {

	private static final Instant FIRST_ORDER = Instant.parse("2025-01-20T10:00:00Z");

	private static final Instant ORDER_ENTERED = Instant.parse("2025-02-10T16:00:00Z");

	private static final Instant WAREHOUSE = Instant.parse("2025-03-01T08:00:00Z");

	private final String relationshipId = newRelationshipId();

	private final History history = new History(this.relationshipId);

	@BeforeEach
	void recordHistory() {
		recordAt(History.OPENED_AT, this.relationshipId, this.history.opened());
		recordAt(ORDER_ENTERED, this.relationshipId, this.history.transaction("i-1", FIRST_ORDER, 0.37, 0.85),
				this.history.advanced(Stage.AWARENESS, Stage.EXPLORATION, "first-monetary-exchange", "i-1", FIRST_ORDER,
						0.37, 0.85));
		recordAt(WAREHOUSE, this.relationshipId, this.history.adapted("a-1", WAREHOUSE, 0.2),
				this.history.classified(RelationalType.PROSPECTING, RelationalType.MAJOR_SUPPLIER, WAREHOUSE));
	}

	@Test
	void answersTheCurrentStateFromAllEvents() {
		JsonNode state = body(get(statePath("")));

		assertThat(state.get("version").asLong()).isEqualTo(4);
		assertThat(state.get("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(state.get("relationalType").asText()).isEqualTo("MAJOR_SUPPLIER");
		assertThat(state.get("trust").asDouble()).isEqualTo(0.37);
		assertThat(state.get("uncertainty").asDouble()).isEqualTo(0.85);
		assertThat(state.get("switchingCost").asDouble()).isEqualTo(0.2);
		assertThat(state.get("atRisk").asBoolean()).isFalse();
		assertThat(state.get("counts").get("interactions").asInt()).isEqualTo(1);
		assertThat(state.get("counts").get("transactions").asInt()).isEqualTo(1);
		assertThat(state.get("counts").get("adaptations").asInt()).isEqualTo(1);
		assertThat(Instant.parse(state.get("openedAt").asText())).isEqualTo(History.OPENED_AT);
		assertThat(state.get("dissolvedAt").isNull()).isTrue();
	}

	@Test
	void readsBusinessTimeAsOf() {
		JsonNode afterFirstOrder = body(get(statePath("?asOf=2025-01-25T00:00:00Z")));
		JsonNode atTheOrderInstant = body(get(statePath("?asOf=" + FIRST_ORDER)));

		assertThat(afterFirstOrder.get("version").asLong()).isEqualTo(2);
		assertThat(afterFirstOrder.get("stage").asText()).isEqualTo("EXPLORATION");
		assertThat(afterFirstOrder.get("trust").asDouble()).isEqualTo(0.37);
		assertThat(afterFirstOrder.get("relationalType").asText()).isEqualTo("PROSPECTING");
		assertThat(afterFirstOrder.get("switchingCost").asDouble()).isEqualTo(0.0);
		assertThat(atTheOrderInstant.get("version").asLong()).isEqualTo(2);
	}

	@Test
	void readsRecordedTimeKnownAt() {
		JsonNode knownBeforeTheOrderWasEntered = body(get(statePath("?knownAt=2025-01-25T00:00:00Z")));

		assertThat(knownBeforeTheOrderWasEntered.get("version").asLong()).isZero();
		assertThat(knownBeforeTheOrderWasEntered.get("stage").asText()).isEqualTo("AWARENESS");
		assertThat(knownBeforeTheOrderWasEntered.get("trust").asDouble()).isEqualTo(0.30);
		assertThat(knownBeforeTheOrderWasEntered.get("counts").get("transactions").asInt()).isZero();
	}

	@Test
	void readsBothTimesTogether() {
		JsonNode knownLaterAboutJanuary = body(
				get(statePath("?asOf=2025-01-25T00:00:00Z&knownAt=2025-02-11T00:00:00Z")));
		JsonNode knownEarlierAboutMarch = body(
				get(statePath("?asOf=2025-03-02T00:00:00Z&knownAt=2025-01-25T00:00:00Z")));

		assertThat(knownLaterAboutJanuary.get("version").asLong()).isEqualTo(2);
		assertThat(knownLaterAboutJanuary.get("asOf").asText()).isEqualTo("2025-01-25T00:00:00Z");
		assertThat(knownLaterAboutJanuary.get("knownAt").asText()).isEqualTo("2025-02-11T00:00:00Z");
		assertThat(knownEarlierAboutMarch.get("version").asLong()).isZero();
	}

	@Test
	void answersNotYetOpenedBeforeTheOpening() {
		for (String query : List.of("?asOf=2025-01-01T00:00:00Z", "?knownAt=2025-01-01T00:00:00Z")) {
			ResponseEntity<String> response = get(statePath(query));

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-yet-opened");
			assertThat(Instant.parse(body(response).get("openedAt").asText())).isEqualTo(History.OPENED_AT);
		}
	}

	@Test
	void refusesAnInstantItCannotRead() {
		ResponseEntity<String> response = get(statePath("?asOf=yesterday"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(body(response).get("errors").get(0).get("field").asText()).isEqualTo("asOf");
		assertThat(body(response).get("detail").asText()).contains("asOf");
	}

	@Test
	void refusesAnUnknownRelationship() {
		ResponseEntity<String> response = get("/api/v1/relationships/" + newRelationshipId() + "/state");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(response).get("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-found");
	}

	private String statePath(String query) {
		return "/api/v1/relationships/" + this.relationshipId + "/state" + query;
	}

}
