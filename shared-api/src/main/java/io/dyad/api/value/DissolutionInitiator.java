package io.dyad.api.value;

public enum DissolutionInitiator {

	SUPPLIER, CLIENT, MUTUAL

}
