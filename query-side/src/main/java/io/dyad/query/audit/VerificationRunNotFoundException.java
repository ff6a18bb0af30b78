package io.dyad.query.audit;

/** No verification run with that id is kept by this instance. */
class VerificationRunNotFoundException extends RuntimeException {

	VerificationRunNotFoundException(String runId) {
		super("No verification run " + runId + " is known here; runs are kept in memory by the instance that "
				+ "started them, the latest " + VerificationRuns.KEPT_RUNS + " only");
	}

}
