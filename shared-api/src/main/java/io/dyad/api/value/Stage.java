package io.dyad.api.value;

/**
 * Relationship development stages after Dwyer, Schurr and Oh (1987), in the only order
 * they are passed.
 */
public enum Stage {

	AWARENESS, EXPLORATION, EXPANSION, COMMITMENT, DISSOLUTION

}
