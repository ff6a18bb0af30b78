package io.dyad.api.query;

import java.time.Instant;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;

public record LastInteractionView(String interactionId, InteractionKind kind, Outcome outcome, Instant occurredAt) {
}
