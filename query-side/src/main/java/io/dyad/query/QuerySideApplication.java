package io.dyad.query;

import io.dyad.api.runtime.OfflineStart;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side as a service of its own: it reads the events from Axon Server and keeps
 * projections and tracking tokens in MongoDB. Its settings are in {@code query-side.yml},
 * so they never mix with the standalone application's.
 */
@SpringBootApplication
public class QuerySideApplication {

	public static void main(String[] args) {
		OfflineStart.prepare();
		new SpringApplicationBuilder(QuerySideApplication.class).properties("spring.config.name=query-side").run(args);
	}

}
