package io.dyad.standalone.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PortfolioAnalyticsIT extends AnalyticsIntegrationTest {

	@Test
	void countsRelationshipsPerStageAndTypeNowAndAsOfADate() {
		String supplier = uniqueSupplier();
		open(supplier).exploring();
		classify(open(supplier), RelationalType.PROSPECTING, RelationalType.MAJOR_SUPPLIER, day(2));
		dissolve(open(supplier), Stage.AWARENESS, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT,
				day(10));
		String stages = ANALYTICS + "/stages?supplierId=" + supplier;

		JsonNode now = awaitBody(stages,
				(answer) -> answer.path("byStage").path("EXPLORATION").asLong() == 1
						&& answer.path("byStage").path("DISSOLUTION").asLong() == 1
						&& answer.path("byRelationalType").path("MAJOR_SUPPLIER").asLong() == 1);
		JsonNode beforeTheSteps = body(get(stages + "&asOf=" + day(3)));
		JsonNode afterTheFirstStep = body(get(stages + "&asOf=" + day(4)));
		JsonNode beforeTheOpenings = body(get(stages + "&asOf=" + OPENED_AT.minusSeconds(1)));

		assertThat(now.path("relationships").asLong()).isEqualTo(3);
		assertThat(now.path("byStage").path("AWARENESS").asLong()).isEqualTo(1);
		assertThat(now.path("byRelationalType").path("PROSPECTING").asLong()).isEqualTo(2);
		assertThat(now.path("byStageAndType")).anySatisfy((cell) -> {
			assertThat(cell.path("stage").asText()).isEqualTo("AWARENESS");
			assertThat(cell.path("relationalType").asText()).isEqualTo("MAJOR_SUPPLIER");
			assertThat(cell.path("relationships").asLong()).isEqualTo(1);
		});
		assertThat(beforeTheSteps.path("byStage").path("AWARENESS").asLong()).isEqualTo(3);
		assertThat(beforeTheSteps.path("byRelationalType").path("MAJOR_SUPPLIER").asLong()).isEqualTo(1);
		assertThat(beforeTheSteps.path("asOf").asText()).isEqualTo(day(3).toString());
		assertThat(afterTheFirstStep.path("byStage").path("EXPLORATION").asLong()).isEqualTo(1);
		assertThat(afterTheFirstStep.path("byStage").path("AWARENESS").asLong()).isEqualTo(2);
		assertThat(beforeTheOpenings.path("relationships").asLong()).isZero();
	}

	@Test
	void followsTheFunnelAndTimesEachStage() {
		String supplier = uniqueSupplier();
		// Days in each stage; a dissolution ends the stage it came from.
		stays(open(supplier), Stage.AWARENESS, 4, 20);
		stays(open(supplier), Stage.AWARENESS, 10);
		stays(open(supplier), Stage.AWARENESS, 2, 30, 100);
		dissolve(open(supplier), Stage.AWARENESS, DissolutionReason.CLIENT_EXIT, DissolutionInitiator.CLIENT, day(7));
		dissolve(stays(open(supplier), Stage.AWARENESS, 6), Stage.EXPLORATION, DissolutionReason.HIGH_CONFLICT,
				DissolutionInitiator.MUTUAL, day(21));
		List<Long> awareness = List.of(4L, 10L, 2L, 7L, 6L);
		List<Long> exploration = List.of(20L, 30L, 15L);
		List<Long> expansion = List.of(100L);
		String query = "?supplierId=" + supplier;

		JsonNode funnel = awaitBody(ANALYTICS + "/funnel" + query,
				(answer) -> answer.path("stages").get(4).path("reached").asLong() == 2
						&& answer.path("stages").get(3).path("reached").asLong() == 1
						&& answer.path("stages").get(1).path("reached").asLong() == 4
						&& answer.path("stages").get(2).path("reached").asLong() == 2);
		JsonNode times = body(get(ANALYTICS + "/time-in-stage" + query));
		JsonNode endedByDay9 = body(get(ANALYTICS + "/time-in-stage" + query + "&to=" + day(9)));

		assertThat(funnel.path("relationships").asLong()).isEqualTo(5);
		assertThat(funnel.path("stages")).extracting((stage) -> stage.path("reached").asLong())
			.containsExactly(5L, 4L, 2L, 1L, 2L);
		JsonNode aware = funnel.path("stages").get(0);
		assertThat(aware.path("nextStage").asText()).isEqualTo("EXPLORATION");
		assertThat(aware.path("conversionRate").asDouble()).isEqualTo(4.0 / 5);
		assertThat(aware.path("dissolved").asLong()).isEqualTo(1);
		assertThat(aware.path("dissolutionRate").asDouble()).isEqualTo(1.0 / 5);
		assertThat(funnel.path("stages").get(1).path("conversionRate").asDouble()).isEqualTo(2.0 / 4);
		assertThat(funnel.path("stages").get(1).path("dissolutionRate").asDouble()).isEqualTo(1.0 / 4);
		assertThat(funnel.path("stages").get(2).path("conversionRate").asDouble()).isEqualTo(1.0 / 2);
		assertThat(funnel.path("stages").get(3).path("conversionRate").isNull()).isTrue();
		assertThat(times.path("method").asText()).contains("nearest rank");
		assertStageTime(times.path("stages").get(0), "AWARENESS", awareness);
		assertStageTime(times.path("stages").get(1), "EXPLORATION", exploration);
		assertStageTime(times.path("stages").get(2), "EXPANSION", expansion);
		assertThat(times.path("stages").get(3).path("periods").asInt()).isZero();
		assertThat(times.path("stages").get(3).path("median").isNull()).isTrue();
		assertStageTime(endedByDay9.path("stages").get(0), "AWARENESS", List.of(4L, 2L, 7L, 6L));
	}

	@Test
	void summarisesTrustAndUncertaintyOfTheRelationshipsInEachStage() {
		String supplier = uniqueSupplier();
		double[] trust = { 0.25, 0.165, 0.4463875 };
		double[] uncertainty = { 0.95, 1.0, 0.697796875 };
		for (int i = 0; i < trust.length; i++) {
			open(supplier).interaction("i-1", InteractionKind.SOCIAL, Outcome.POSITIVE, day(1), trust[i],
					uncertainty[i]);
		}
		open(supplier).exploring();

		JsonNode answer = awaitBody(ANALYTICS + "/trust?supplierId=" + supplier,
				(body) -> body.path("stages").get(0).path("relationships").asInt() == 3
						&& body.path("stages").get(0).path("trust").path("buckets").get(3).path("count").asLong() == 0
						&& body.path("stages").get(1).path("trust").path("mean").asDouble() == 0.4463875);

		JsonNode aware = answer.path("stages").get(0);
		assertThat(aware.path("stage").asText()).isEqualTo("AWARENESS");
		assertThat(aware.path("trust").path("mean").asDouble()).isCloseTo(mean(trust), within(1e-15));
		assertThat(aware.path("trust").path("median").asDouble()).isEqualTo(0.25);
		assertThat(aware.path("trust").path("buckets")).extracting((bucket) -> bucket.path("count").asLong())
			.containsExactly(0L, 1L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
		assertThat(aware.path("uncertainty").path("median").asDouble()).isEqualTo(0.95);
		assertThat(aware.path("uncertainty").path("buckets").get(9).path("count").asLong()).isEqualTo(2);
		assertThat(aware.path("uncertainty").path("buckets").get(6).path("count").asLong()).isEqualTo(1);
		assertThat(aware.path("trust").path("buckets").get(9).path("upper").asDouble()).isEqualTo(1.0);
		assertThat(answer.path("stages").get(1).path("relationships").asInt()).isEqualTo(1);
		assertThat(answer.path("stages").get(2).path("trust").path("mean").isNull()).isTrue();
		assertThat(answer.path("method").asText()).contains("nearest rank").contains("[0.9,1.0]");
	}

	private static void assertStageTime(JsonNode time, String stage, List<Long> days) {
		List<Long> seconds = new ArrayList<>();
		days.forEach((stay) -> seconds.add(Duration.ofDays(stay).toSeconds()));
		assertThat(time.path("stage").asText()).isEqualTo(stage);
		assertThat(time.path("periods").asInt()).isEqualTo(days.size());
		assertThat(time.path("medianSeconds").asLong()).isEqualTo(nearestRank(seconds, 50));
		assertThat(time.path("median").asText()).isEqualTo(Duration.ofSeconds(nearestRank(seconds, 50)).toString());
		assertThat(time.path("p90Seconds").asLong()).isEqualTo(nearestRank(seconds, 90));
	}

}
