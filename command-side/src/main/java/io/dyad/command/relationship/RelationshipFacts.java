package io.dyad.command.relationship;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Party;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;

/**
 * What the stage and risk policies look at: the relationship as it stands after the
 * latest event.
 *
 * @param expansionBegan occurredAt of the event that moved the relationship into
 * EXPANSION, or null before that
 * @param conflicts occurredAt of the CONFLICT interactions that can still fall within a
 * 30-day window
 */
record RelationshipFacts(Stage stage, double trust, double uncertainty, double switchingCost, int transactionCount,
		Map<Party, Integer> adaptationsByParty, int positiveJointProblemSolvingCount, Instant expansionBegan,
		List<Instant> conflicts) {

	static final Duration CONFLICT_WINDOW = Duration.ofDays(30);

	RelationshipFacts {
		EnumMap<Party, Integer> byParty = new EnumMap<>(Party.class);
		for (Party party : Party.values()) {
			byParty.put(party, adaptationsByParty.getOrDefault(party, 0));
		}
		adaptationsByParty = byParty;
		conflicts = List.copyOf(conflicts);
	}

	int adaptationsBy(Party party) {
		return this.adaptationsByParty.get(party);
	}

	/** CONFLICTs within the 30 days up to and including {@code at}. */
	int conflictsWithin30DaysOf(Instant at) {
		Instant windowStart = at.minus(CONFLICT_WINDOW);
		return (int) this.conflicts.stream().filter((c) -> !c.isBefore(windowStart) && !c.isAfter(at)).count();
	}

	/** Whole days since EXPANSION began, or null when it has not. */
	Long daysSinceExpansion(Instant at) {
		return (this.expansionBegan != null) ? Duration.between(this.expansionBegan, at).toDays() : null;
	}

	StageEvidence evidence(String triggeredBy, Instant at, DissolutionReason dissolutionReason) {
		return new StageEvidence(triggeredBy, this.trust, this.uncertainty, this.switchingCost, this.transactionCount,
				new EnumMap<>(this.adaptationsByParty), this.positiveJointProblemSolvingCount, daysSinceExpansion(at),
				conflictsWithin30DaysOf(at), dissolutionReason);
	}

}
