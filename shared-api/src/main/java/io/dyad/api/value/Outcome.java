package io.dyad.api.value;

public enum Outcome {

	POSITIVE, NEUTRAL, NEGATIVE

}
