package io.dyad.api.query;

import java.time.Instant;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;

/** Trust and uncertainty just after an interaction. */
public record TrustPointView(Instant occurredAt, double trust, double uncertainty, String interactionId,
		InteractionKind kind, Outcome outcome) {
}
