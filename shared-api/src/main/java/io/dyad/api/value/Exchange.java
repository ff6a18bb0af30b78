package io.dyad.api.value;

/** The kind of exchange an assessment recommends. */
public enum Exchange {

	/** Net benefit above zero: invest in the relationship. */
	RELATIONAL,
	/** Net benefit zero or below: keep the exchange at arm's length. */
	TRANSACTIONAL

}
