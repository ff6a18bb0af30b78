package io.dyad.api.value;

public enum Magnitude {

	LOW, MEDIUM, HIGH

}
