package io.dyad.api.value;

/**
 * The stage policy rules, by the stable codes that events carry and auditors filter on.
 */
public enum StageRule {

	FIRST_BARGAINING("first-bargaining"), FIRST_MONETARY_EXCHANGE("first-monetary-exchange"),
	REPEATED_TRANSACTIONS("repeated-transactions"), MATURE_COMMITMENT("mature-commitment"), DISSOLVED("dissolved");

	private final String code;

	StageRule(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
