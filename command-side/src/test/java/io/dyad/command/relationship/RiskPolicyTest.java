package io.dyad.command.relationship;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RiskPolicyTest {

	private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

	@ParameterizedTest(name = "[{index}] {0} t={1} conflicts {2} before: {3}")
	@CsvSource(nullValues = "-", value = {
			// stage, trust, conflicts (how long before the current event), rules that
			// hold
			"EXPANSION,   0.3499, -,                        TRUST_BELOW_FLOOR",
			"COMMITMENT,  0.10,   -,                        TRUST_BELOW_FLOOR",
			"EXPANSION,   0.35,   -,                        -", "EXPLORATION, 0.10,   -,                        -",
			"AWARENESS,   0.10,   -,                        -",
			"AWARENESS,   0.30,   PT0S PT360H P30D,         CONFLICT_BURST",
			"AWARENESS,   0.30,   PT0S PT360H PT720H1S,     -", "AWARENESS,   0.30,   PT0S PT1H,                -",
			"EXPLORATION, 0.30,   PT0S PT1H PT2H PT3H,      CONFLICT_BURST",
			"EXPANSION,   0.20,   PT0S P1D P2D,             TRUST_BELOW_FLOOR CONFLICT_BURST",
			"COMMITMENT,  0.90,   P31D P32D P33D,           -" })
	void findsTheRiskRulesThatHold(Stage stage, double trust, String conflictsBefore, String expected) {
		List<Instant> conflicts = words(conflictsBefore).stream().map((ago) -> AT.minus(Duration.parse(ago))).toList();
		RelationshipFacts facts = new RelationshipFacts(stage, trust, 0.5, 0.0, 3, Map.of(), 0, null, conflicts);

		Set<RiskRule> holding = RiskPolicy.holding(facts, AT);

		assertThat(holding).isEqualTo(words(expected).stream().map(RiskRule::valueOf).collect(Collectors.toSet()));
	}

	private static List<String> words(String text) {
		return (text != null) ? Arrays.asList(text.trim().split("\\s+")) : List.of();
	}

}
