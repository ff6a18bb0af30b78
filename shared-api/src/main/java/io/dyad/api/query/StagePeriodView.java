package io.dyad.api.query;

import java.time.Duration;
import java.time.Instant;

import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;

/**
 * One stay in a stage. Duration, rule and evidence are null while the period is current.
 *
 * @param rule the code of the stage rule that moved the relationship on
 * @param evidence what the relationship looked like when it moved on
 */
public record StagePeriodView(Stage stage, Instant enteredAt, Instant leftAt, Duration duration, Long durationSeconds,
		String rule, StageEvidence evidence) {
}
