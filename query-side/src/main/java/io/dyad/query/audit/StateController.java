package io.dyad.query.audit;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A relationship's state as of a business instant, as known at a recorded instant, or
 * both; neither gives the current state.
 */
@RestController
class StateController {

	private final StateReader states;

	StateController(StateReader states) {
		this.states = states;
	}

	@GetMapping("/api/v1/relationships/{relationshipId}/state")
	RelationshipState state(@PathVariable String relationshipId, @RequestParam(required = false) Instant asOf,
			@RequestParam(required = false) Instant knownAt) {
		return this.states.stateOf(relationshipId, asOf, knownAt);
	}

}
