package io.dyad.api.value;

import java.time.Instant;

/** One move from a stage to the next, with the rule code that allowed it. */
public record StageStep(Stage from, Stage to, String rule, Instant at) {
}
