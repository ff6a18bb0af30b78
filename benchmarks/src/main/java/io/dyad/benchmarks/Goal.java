package io.dyad.benchmarks;

/**
 * One of Dyad's performance goals for a figure and whether the figure meets it. A goal
 * stated for other conditions than the run's (another rate, a smaller store) is shown but
 * not judged.
 */
record Goal(String text, String verdict) {

	static final Goal NONE = new Goal("", "");

	static Goal atLeast(double bound, double value) {
		return new Goal("≥ " + Report.format(bound), verdict(value >= bound));
	}

	static Goal atMost(double bound, double value) {
		return new Goal("≤ " + Report.format(bound), verdict(value <= bound));
	}

	/** This goal, judged only when the run had the conditions it is stated for. */
	Goal when(boolean conditionsMet, String conditions) {
		return conditionsMet ? this : new Goal(this.text, "not judged: stated " + conditions);
	}

	/** This goal, not met whatever the figure when requests failed. */
	Goal withoutFailures(long failed) {
		return (failed > 0 && this.verdict.equals("met")) ? new Goal(this.text, "not met: " + failed + " failed")
				: this;
	}

	private static String verdict(boolean met) {
		return met ? "met" : "not met";
	}

}
