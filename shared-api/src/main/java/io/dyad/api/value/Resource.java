package io.dyad.api.value;

/** The resource a party adapts for the relationship. */
public enum Resource {

	PRODUCT, PROCESS, PERSONNEL, TECHNOLOGY, LOGISTICS, FINANCIAL, ORGANISATION

}
