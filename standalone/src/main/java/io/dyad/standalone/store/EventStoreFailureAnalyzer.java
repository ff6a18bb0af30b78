package io.dyad.standalone.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

class EventStoreFailureAnalyzer extends AbstractFailureAnalyzer<EventStoreUnavailableException> {

	private final Environment environment;

	EventStoreFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EventStoreUnavailableException cause) {
		String url = this.environment.getProperty("spring.datasource.url");
		return new FailureAnalysis(cause.getMessage() + " (spring.datasource.url=" + url + ")",
				"Check that the database is running and reachable, or remove spring.datasource.url to use the embedded store in dyad.data-dir.",
				cause);
	}

}
