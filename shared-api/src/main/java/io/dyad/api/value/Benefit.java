package io.dyad.api.value;

/** Relationship benefits after Sweeney and Webb (2001). */
public enum Benefit {

	OPERATIONAL, SYMBIOTIC, ECONOMIC, CUSTOMISATION, STRATEGIC, PSYCHOLOGICAL, SOCIAL

}
