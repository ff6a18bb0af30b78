package io.dyad.api.value;

/** How the client perceives the supplier (Blois). */
public enum RelationalType {

	NO_RELATIONSHIP, PROSPECTING, COMPETITIVE_SUPPLIER, VALUED_NICHE_SUPPLIER, VALUED_DIVERSIFIED_SUPPLIER,
	MAJOR_SUPPLIER, STRATEGIC_PARTNER

}
