package io.dyad.standalone.analytics;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DissolutionRiskAndAssessmentAnalyticsIT extends AnalyticsIntegrationTest {

	@Test
	void countsDissolutionReasonsAndInitiatorsPerMonth() {
		String supplier = uniqueSupplier();
		dissolve(open(supplier), Stage.AWARENESS, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT,
				Instant.parse("2025-01-31T23:59:59Z"));
		dissolve(open(supplier).exploring(), Stage.EXPLORATION, DissolutionReason.MARKET_CHANGE,
				DissolutionInitiator.CLIENT, Instant.parse("2025-02-01T00:00:00Z"));
		dissolve(open(supplier), Stage.AWARENESS, DissolutionReason.HIGH_CONFLICT, DissolutionInitiator.MUTUAL,
				Instant.parse("2025-02-20T12:00:00Z"));
		String dissolutions = ANALYTICS + "/dissolutions?supplierId=" + supplier;

		JsonNode all = awaitBody(dissolutions, (answer) -> answer.path("dissolutions").asLong() == 3);
		JsonNode february = body(get(dissolutions + "&from=2025-02-01T00:00:00Z&to=2025-02-28T23:59:59Z"));

		assertThat(all.path("byReason").path("MARKET_CHANGE").asLong()).isEqualTo(2);
		assertThat(all.path("byReason").path("HIGH_CONFLICT").asLong()).isEqualTo(1);
		assertThat(all.path("byReason").path("SUPPLIER_EXIT").asLong()).isZero();
		assertThat(all.path("byInitiator").path("CLIENT").asLong()).isEqualTo(2);
		assertThat(all.path("byInitiator").path("MUTUAL").asLong()).isEqualTo(1);
		assertThat(all.path("months")).extracting((month) -> month.path("month").asText())
			.containsExactly("2025-01", "2025-02");
		assertThat(all.path("months").get(1).path("dissolutions").asLong()).isEqualTo(2);
		assertThat(all.path("months").get(1).path("byReasonAndInitiator")).hasSize(2);
		assertThat(february.path("dissolutions").asLong()).isEqualTo(2);
		assertThat(february.path("months")).hasSize(1);
	}

	@Test
	void countsRelationshipsAtRiskNowAndRaisesPerMonth() {
		String supplier = uniqueSupplier();
		History burstThenBoth = raiseRisk(open(supplier), day(10), "conflict-burst");
		clearRisk(burstThenBoth, day(40));
		raiseRisk(burstThenBoth, Instant.parse("2025-03-03T00:00:00Z"), "conflict-burst", "trust-below-floor");
		raiseRisk(open(supplier), day(12), "trust-below-floor");
		dissolve(raiseRisk(open(supplier), day(15), "conflict-burst"), Stage.AWARENESS, DissolutionReason.HIGH_CONFLICT,
				DissolutionInitiator.SUPPLIER, day(16));
		open(supplier);
		String query = "?supplierId=" + supplier;

		JsonNode raises = awaitBody(ANALYTICS + "/at-risk/raises" + query,
				(answer) -> answer.path("raises").asLong() == 4);
		JsonNode now = awaitBody(ANALYTICS + "/at-risk" + query, (answer) -> answer.path("relationships").asLong() == 3
				&& answer.path("byRule").path("trust-below-floor").asLong() == 2);

		assertThat(now.path("atRisk").asLong()).isEqualTo(2);
		assertThat(now.path("byRule").path("conflict-burst").asLong()).isEqualTo(1);
		assertThat(now.path("stages").get(0).path("stage").asText()).isEqualTo("AWARENESS");
		assertThat(now.path("stages").get(0).path("atRisk").asLong()).isEqualTo(2);
		assertThat(raises.path("months")).extracting((month) -> month.path("month").asText())
			.containsExactly("2025-01", "2025-03");
		assertThat(raises.path("months").get(0).path("raises").asLong()).isEqualTo(3);
		assertThat(raises.path("months").get(0).path("byRule").path("conflict-burst").asLong()).isEqualTo(2);
		assertThat(raises.path("months").get(1).path("byRule").path("trust-below-floor").asLong()).isEqualTo(1);
		assertThat(raises.path("byRule").path("trust-below-floor").asLong()).isEqualTo(2);
	}

	@Test
	void summarisesTheLatestAssessmentOfEachRelationship() {
		String supplier = uniqueSupplier();
		double[] firstBenefits = { 1, 1, 1, 1, 1, 1, 1 };
		double[] firstNegatives = { 4, 4, 4, 4, 4 };
		double[] laterBenefits = { 4, 3, 5, 2, 4, 3, 4 };
		double[] laterNegatives = { 1, 2, 0, 1, 1 };
		double[] otherBenefits = { 2, 2, 1, 0, 1, 2, 2 };
		double[] otherNegatives = { 3, 2, 2, 3, 1 };
		History often = assess(open(supplier), "as-1", day(10), firstBenefits, firstNegatives,
				new double[] { 1, 1, 1 });
		assess(often, "as-2", day(40), laterBenefits, laterNegatives, new double[] { 4, 5, 3 });
		assess(open(supplier), "as-1", day(20), otherBenefits, otherNegatives, new double[] { 2, 2, 2 });
		open(supplier);
		String assessments = ANALYTICS + "/assessments?supplierId=" + supplier;

		JsonNode latest = awaitBody(assessments, (answer) -> answer.path("relationships").asLong() == 2
				&& answer.path("recommendedExchange").path("RELATIONAL").path("relationships").asLong() == 1);
		JsonNode byDay25 = body(get(assessments + "&to=" + day(25)));

		assertThat(latest.path("benefits").path("ECONOMIC").asDouble()).isEqualTo((5.0 + 1.0) / 2);
		assertThat(latest.path("negatives").path("INDETERMINISM").asDouble()).isEqualTo((2.0 + 2.0) / 2);
		assertThat(latest.path("perspectives").path("ATTITUDINAL").asDouble()).isEqualTo((5.0 + 2.0) / 2);
		double laterNet = mean(laterBenefits) - mean(laterNegatives);
		double otherNet = mean(otherBenefits) - mean(otherNegatives);
		assertThat(latest.path("meanNetBenefit").asDouble()).isCloseTo((laterNet + otherNet) / 2, within(1e-15));
		assertThat(latest.path("recommendedExchange").path("RELATIONAL").path("share").asDouble()).isEqualTo(0.5);
		assertThat(latest.path("recommendedExchange").path("TRANSACTIONAL").path("share").asDouble()).isEqualTo(0.5);
		assertThat(latest.path("basis").asText()).contains("latest assessment");
		assertThat(byDay25.path("relationships").asLong()).isEqualTo(2);
		assertThat(byDay25.path("benefits").path("ECONOMIC").asDouble()).isEqualTo((1.0 + 1.0) / 2);
		assertThat(byDay25.path("recommendedExchange").path("TRANSACTIONAL").path("share").asDouble()).isEqualTo(1.0);
	}

}
