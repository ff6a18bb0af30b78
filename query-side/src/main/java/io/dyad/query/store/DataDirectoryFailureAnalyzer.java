package io.dyad.query.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set dyad.data-dir (environment DYAD_DATA_DIR) to a directory Dyad may write, for example --dyad.data-dir=./data.",
				cause);
	}

}
