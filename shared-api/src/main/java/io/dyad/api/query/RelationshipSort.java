package io.dyad.api.query;

/** What relationship lists can be sorted by, named as in the HTTP API. */
public enum RelationshipSort {

	TRUST("trust"), LAST_INTERACTION("lastInteraction"), OPENED("opened");

	private final String code;

	RelationshipSort(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
