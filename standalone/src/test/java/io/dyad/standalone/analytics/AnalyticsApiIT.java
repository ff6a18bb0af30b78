package io.dyad.standalone.analytics;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Stage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AnalyticsApiIT extends AnalyticsIntegrationTest {

	private static final List<String> TABLES = List.of("/stages", "/funnel", "/time-in-stage", "/trust",
			"/dissolutions", "/at-risk", "/at-risk/raises", "/assessments");

	@Autowired
	private EventProcessingConfiguration processing;

	@Test
	void filtersByClientPrefixAndByTagGivenAtOpening() {
		String segment = "segment-" + UUID.randomUUID();
		String tag = "tag-" + UUID.randomUUID();
		openRelationship("acme", segment + "-eu-1", List.of(tag), OPENED_AT).exploring();
		openRelationship("acme", segment + "-eu-2", List.of(), OPENED_AT);
		openRelationship("umbrella", segment + "-us-1", List.of(tag, "other"), OPENED_AT);

		JsonNode bySegment = awaitBody(ANALYTICS + "/stages?clientIdPrefix=" + segment,
				(answer) -> answer.path("relationships").asLong() == 3
						&& answer.path("byStage").path("EXPLORATION").asLong() == 1);
		JsonNode europe = body(get(ANALYTICS + "/stages?clientIdPrefix=" + segment + "-eu"));
		JsonNode tagged = body(get(ANALYTICS + "/stages?tag=" + tag));
		JsonNode taggedAcme = body(get(ANALYTICS + "/stages?tag=" + tag + "&supplierId=acme"));

		assertThat(europe.path("relationships").asLong()).isEqualTo(2);
		assertThat(tagged.path("relationships").asLong()).isEqualTo(2);
		assertThat(taggedAcme.path("relationships").asLong()).isEqualTo(1);
		assertThat(taggedAcme.path("byStage").path("EXPLORATION").asLong()).isEqualTo(1);
		assertThat(taggedAcme.path("filters").path("tag").asText()).isEqualTo(tag);
		assertThat(bySegment.path("byStage").path("AWARENESS").asLong()).isEqualTo(2);
	}

	@Test
	void writesEachTableAsCsvWhenAsked() {
		String supplier = uniqueSupplier();
		dissolve(open(supplier), Stage.AWARENESS, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT,
				day(30));
		open(supplier).exploring();
		awaitBody(ANALYTICS + "/funnel?supplierId=" + supplier,
				(answer) -> answer.path("stages").get(4).path("reached").asLong() == 1
						&& answer.path("stages").get(1).path("reached").asLong() == 1);

		Map<String, String> csv = TABLES.stream()
			.collect(Collectors.toMap(Function.identity(), (table) -> csv(table + "?supplierId=" + supplier)));

		assertThat(csv.get("/stages")).startsWith("stage,relationalType,relationships\r\n")
			.contains("\r\nEXPLORATION,PROSPECTING,1\r\n")
			.contains("\r\nDISSOLUTION,PROSPECTING,1\r\n");
		assertThat(csv.get("/funnel"))
			.startsWith("stage,reached,nextStage,reachedNext,conversionRate,dissolved,dissolutionRate\r\n"
					+ "AWARENESS,2,EXPLORATION,1,0.5,1,0.5\r\n")
			.endsWith("\r\nDISSOLUTION,1,,,,,\r\n");
		assertThat(csv.get("/time-in-stage")).startsWith("stage,periods,median,medianSeconds,p90,p90Seconds\r\n")
			.contains("\r\nAWARENESS,2,PT96H,345600,PT720H,2592000\r\n");
		assertThat(csv.get("/trust")).startsWith("stage,measure,relationships,mean,median,0.0-0.1,")
			.contains("\r\nEXPLORATION,trust,1,0.4463875,0.4463875,0,0,0,0,1,0,0,0,0,0\r\n");
		assertThat(csv.get("/dissolutions"))
			.isEqualTo("month,reason,initiatedBy,dissolutions\r\n2025-02,MARKET_CHANGE,CLIENT,1\r\n");
		assertThat(csv.get("/at-risk")).startsWith("stage,relationships,atRisk,trust-below-floor,conflict-burst\r\n")
			.contains("\r\nEXPLORATION,1,0,0,0\r\n");
		assertThat(csv.get("/at-risk/raises")).isEqualTo("month,raises,trust-below-floor,conflict-burst\r\n");
		assertThat(csv.get("/assessments")).startsWith("measure,kind,relationships,value\r\nnetBenefit,,0,\r\n");
	}

	@Test
	void answersJsonUnlessCsvIsAsked() {
		ResponseEntity<String> response = get(ANALYTICS + "/stages");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void answersBadFiltersWithProblemsNamingThem() {
		assertBadParameter("/stages?asOf=yesterday", "asOf");
		assertBadParameter("/stages?asOf=1704499200", "asOf");
		assertBadParameter("/stages?from=2025-01-01T00:00:00Z", "from");
		assertBadParameter("/trust?to=2025-01-01T00:00:00Z", "to");
		assertBadParameter("/funnel?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", "from");
		assertBadParameter("/time-in-stage?to=soon", "to");
		assertBadParameter("/dissolutions?supplierId=", "supplierId");
		assertBadParameter("/at-risk?clientIdPrefix=", "clientIdPrefix");
		assertBadParameter("/assessments?tag=", "tag");
		assertBadParameter("/at-risk/raises?clientId=globex", "clientId");
	}

	@Test
	void rebuildsTheSameAnswersAfterAReplay() {
		String supplier = uniqueSupplier();
		dissolve(stays(open(supplier), Stage.AWARENESS, 3, 12), Stage.EXPANSION, DissolutionReason.SUPPLIER_EXIT,
				DissolutionInitiator.SUPPLIER, day(40));
		raiseRisk(open(supplier).exploring(), day(25), "conflict-burst");
		List<String> tables = TABLES.stream().map((table) -> ANALYTICS + table + "?supplierId=" + supplier).toList();
		awaitBody(tables.get(1), (answer) -> answer.path("stages").get(4).path("reached").asLong() == 1
				&& answer.path("stages").get(1).path("reached").asLong() == 2);
		awaitBody(tables.get(6), (answer) -> answer.path("raises").asLong() == 1);
		Map<String, String> before = answers(tables);
		StreamingEventProcessor analytics = this.processing.eventProcessor("analytics", StreamingEventProcessor.class)
			.orElseThrow();

		analytics.shutDown();
		analytics.resetTokens();

		assertThat(body(get(tables.get(0))).path("relationships").asLong()).isZero();

		analytics.start();

		await().until(() -> !analytics.isReplaying() && answers(tables).equals(before));
	}

	private Map<String, String> answers(List<String> paths) {
		return paths.stream().collect(Collectors.toMap(Function.identity(), (path) -> get(path).getBody()));
	}

	private String csv(String table) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
		ResponseEntity<String> response = exchange(HttpMethod.GET, ANALYTICS + table, null, headers);
		assertThat(response.getStatusCode()).as(table).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).as(table)
			.isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
		return response.getBody();
	}

	private void assertBadParameter(String table, String parameter) {
		for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"))) {
			HttpHeaders headers = new HttpHeaders();
			headers.setAccept(List.of(accept));
			ResponseEntity<String> response = exchange(HttpMethod.GET, ANALYTICS + table, null, headers);

			assertThat(response.getStatusCode()).as(table + " " + accept).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).as(table + " " + accept)
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = body(response);
			assertThat(problem.path("type").asText()).isEqualTo("urn:dyad:problem:invalid-input");
			assertThat(problem.path("code").asText()).isEqualTo("INVALID_INPUT");
			assertThat(problem.path("errors").get(0).path("field").asText()).as(table).isEqualTo(parameter);
			assertThat(problem.path("detail").asText()).contains(parameter);
		}
	}

}
