package io.dyad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The harness's own few calls (readiness, processors, replays, metrics), one at a time
 * with the JDK client; every load goes through Gatling.
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String base;

	Http(String base) {
		this.base = base;
	}

	boolean ok(String path) {
		try {
			return send(HttpRequest.newBuilder(uri(path)).GET()).statusCode() == 200;
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

	JsonNode getJson(String path) {
		return answer(HttpRequest.newBuilder(uri(path)).GET());
	}

	/**
	 * The first measurement of one of the server's meters, such as its value or count;
	 * {@code meter} may carry tags ({@code jvm.memory.used?tag=area:heap}).
	 */
	double metric(String meter) {
		JsonNode first = getJson("/actuator/metrics/" + meter).path("measurements").path(0);
		if (!first.has("value")) {
			throw new IllegalStateException("the server's meter " + meter + " has no measurement");
		}
		return first.path("value").asDouble();
	}

	JsonNode post(String path, String body) {
		return answer(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private JsonNode answer(HttpRequest.Builder request) {
		HttpResponse<String> response = send(request);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
