package io.dyad.command.relationship;

import java.time.Instant;

import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.api.value.StageRule;

/** One step the stage policy allows, with the rule that held and the evidence for it. */
record StageAdvance(Stage from, Stage to, StageRule rule, Instant at, StageEvidence evidence) {
}
