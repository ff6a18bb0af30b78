package io.dyad.command.relationship;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrustModelTest {

	private static final double FOUR_DECIMALS = 0.00005;

	@ParameterizedTest(name = "{0} weighs {1}")
	@CsvSource({ "COMMUNICATION, 0.5", "SOCIAL, 0.5", "NEGOTIATION, 0.75", "TRANSACTION, 1.0", "COORDINATION, 1.0",
			"JOINT_PROBLEM_SOLVING, 1.5", "CONFLICT, 1.5" })
	void weighsEveryKindOfInteraction(InteractionKind kind, double weight) {
		assertThat(TrustModel.weight(kind)).isEqualTo(weight);
	}

	@ParameterizedTest(name = "({0}, {1}) after {3} {2} is ({4}, {5})")
	@CsvSource({ "0.30, 1.00, COMMUNICATION,         POSITIVE, 0.3350, 0.9250",
			"0.30, 1.00, SOCIAL,                NEUTRAL,  0.3000, 0.9250",
			"0.30, 1.00, NEGOTIATION,           POSITIVE, 0.3525, 0.8875",
			"0.30, 1.00, TRANSACTION,           POSITIVE, 0.3700, 0.8500",
			"0.30, 1.00, COORDINATION,          NEGATIVE, 0.2100, 1.0000",
			"0.30, 1.00, JOINT_PROBLEM_SOLVING, POSITIVE, 0.4050, 0.7750",
			"0.30, 1.00, CONFLICT,              NEGATIVE, 0.1650, 1.0000",
			"0.50, 0.50, TRANSACTION,           NEGATIVE, 0.3500, 0.6000",
			"0.80, 0.20, JOINT_PROBLEM_SOLVING, NEGATIVE, 0.4400, 0.4400",
			"0.90, 0.10, SOCIAL,                POSITIVE, 0.9050, 0.0925",
			"0.50, 0.40, NEGOTIATION,           NEUTRAL,  0.5000, 0.3550",
			"0.60, 0.30, COORDINATION,          NEGATIVE, 0.4200, 0.4400",
			"0.40, 0.60, CONFLICT,              NEUTRAL,  0.4000, 0.4650",
			"1.00, 0.00, CONFLICT,              POSITIVE, 1.0000, 0.0000",
			"0.00, 1.00, CONFLICT,              NEGATIVE, 0.0000, 1.0000" })
	void movesTrustAndUncertaintyByOutcomeAndWeight(double trust, double uncertainty, InteractionKind kind,
			Outcome outcome, double trustAfter, double uncertaintyAfter) {
		TrustScores after = TrustModel.afterInteraction(new TrustScores(trust, uncertainty), kind, outcome);

		assertThat(after.trust()).isCloseTo(trustAfter, within(FOUR_DECIMALS));
		assertThat(after.uncertainty()).isCloseTo(uncertaintyAfter, within(FOUR_DECIMALS));
	}

	@Test
	void startsANewRelationshipAtLowTrustAndFullUncertainty() {
		assertThat(TrustModel.INITIAL).isEqualTo(new TrustScores(0.30, 1.00));
		assertThat(TrustModel.INITIAL_SWITCHING_COST).isZero();
	}

	@Test
	void buildsTrustOverAPositiveNegotiationTransactionAndCommunication() {
		TrustScores scores = TrustModel.INITIAL;
		scores = TrustModel.afterInteraction(scores, InteractionKind.NEGOTIATION, Outcome.POSITIVE);
		scores = TrustModel.afterInteraction(scores, InteractionKind.TRANSACTION, Outcome.POSITIVE);
		scores = TrustModel.afterInteraction(scores, InteractionKind.COMMUNICATION, Outcome.POSITIVE);

		assertThat(scores.trust()).isCloseTo(0.4463875, within(1e-12));
		assertThat(scores.uncertainty()).isCloseTo(0.8875 * 0.85 * 0.925, within(1e-12));
		assertThat(scores.uncertainty()).isCloseTo(0.6978, within(FOUR_DECIMALS));
	}

	@Test
	void losesTrustThreeTimesFasterThanItGainsIt() {
		TrustScores start = new TrustScores(0.5, 0.5);
		double gain = TrustModel.afterInteraction(start, InteractionKind.TRANSACTION, Outcome.POSITIVE).trust() - 0.5;
		double loss = 0.5 - TrustModel.afterInteraction(start, InteractionKind.TRANSACTION, Outcome.NEGATIVE).trust();

		assertThat(loss / gain).isCloseTo(3.0, within(FOUR_DECIMALS));
	}

	@ParameterizedTest(name = "switching cost {0} after a {1} adaptation is {2}")
	@CsvSource({ "0.00, LOW,    0.1000", "0.00, MEDIUM, 0.2000", "0.00, HIGH,   0.3500", "0.10, MEDIUM, 0.2800",
			"0.28, HIGH,   0.5320", "0.50, LOW,    0.5500", "1.00, HIGH,   1.0000" })
	void raisesTheSwitchingCostByMagnitude(double switchingCost, Magnitude magnitude, double expected) {
		assertThat(TrustModel.switchingCostAfter(switchingCost, magnitude)).isCloseTo(expected, within(FOUR_DECIMALS));
	}

}
