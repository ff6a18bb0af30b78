package io.dyad.api.value;

/** The negatives of a relationship that weigh against its benefits. */
public enum Negative {

	LOSS_OF_CONTROL, INDETERMINISM, RESOURCE_DEMANDS, RESTRICTIONS, UNEXPECTED_DEMANDS

}
