package io.dyad.benchmarks;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The requests the simulations send, on the relationship in the session's
 * {@link Cohort#ATTRIBUTE} unless told otherwise.
 */
final class Requests {

	static final String LIVENESS = "/actuator/health/liveness";

	private Requests() {
	}

	/**
	 * The server the harness started; Gatling warms its own HTTP stack up on it rather
	 * than on a public address. Requests accept gzip, as browsers and many HTTP libraries
	 * do; Gatling sends no Accept-Encoding unless told.
	 */
	static HttpProtocolBuilder protocol() {
		String base = Parameters.text("base-url");
		return http.baseUrl(base).warmUp(base + LIVENESS).acceptEncodingHeader("gzip, deflate");
	}

	static HttpRequestActionBuilder openRelationship(String name) {
		return http(name).post(Relationships.PATH)
			.body(StringBody((session) -> Relationships.opening(relationship(session))))
			.asJson();
	}

	static HttpRequestActionBuilder recordInteraction(String name) {
		return recordInteraction(name, Cohort.ATTRIBUTE);
	}

	static HttpRequestActionBuilder recordInteraction(String name, String relationshipAttribute) {
		return http(name).post((session) -> Relationships.interactionsPath(session.getString(relationshipAttribute)))
			.body(StringBody((session) -> Relationships.interaction()))
			.asJson();
	}

	static HttpRequestActionBuilder read(String name, String suffix) {
		return http(name).get((session) -> Relationships.path(relationship(session)) + suffix);
	}

	static HttpRequestActionBuilder liveness() {
		return http("liveness").get(LIVENESS);
	}

	static String relationship(Session session) {
		return session.getString(Cohort.ATTRIBUTE);
	}

}
