package io.dyad.api.value;

/** The at-risk rules, by the stable codes that events carry. */
public enum RiskRule {

	TRUST_BELOW_FLOOR("trust-below-floor"), CONFLICT_BURST("conflict-burst");

	private final String code;

	RiskRule(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
