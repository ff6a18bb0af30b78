package io.dyad.command.relationship;

import java.time.Instant;

import io.dyad.api.value.InteractionKind;

/**
 * The interaction or adaptation after which the stage policy and the risk policy are
 * checked.
 *
 * @param id the interactionId or adaptationId
 * @param kind the interaction's kind, or null for an adaptation
 * @param at the event's occurredAt
 */
record StageTrigger(String id, InteractionKind kind, Instant at) {

	static StageTrigger interaction(String interactionId, InteractionKind kind, Instant occurredAt) {
		return new StageTrigger(interactionId, kind, occurredAt);
	}

	static StageTrigger adaptation(String adaptationId, Instant occurredAt) {
		return new StageTrigger(adaptationId, null, occurredAt);
	}

}
