package io.dyad.api.value;

/** One side of the dyad. */
public enum Party {

	SUPPLIER, CLIENT

}
