package io.dyad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JDK HTTP client, HTTP/1.1, against one base address. */
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
			return send(get(path)).statusCode() == 200;
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

	JsonNode getJson(String path) {
		HttpResponse<String> response = send(get(path));
		return parse(expect(response, 200));
	}

	/** Posts a command and answers the version it reports. */
	long post(String path, String body) {
		HttpResponse<String> response = send(postRequest(path, body));
		if (response.statusCode() != 200 && response.statusCode() != 201 && response.statusCode() != 202) {
			throw new IllegalStateException(
					"POST " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		JsonNode answer = parse(response.body());
		return answer.path("version").asLong(-1);
	}

	CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return CLIENT.sendAsync(get(path), HttpResponse.BodyHandlers.ofString());
	}

	CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
		return CLIENT.sendAsync(postRequest(path, body), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(TIMEOUT).GET().build();
	}

	private HttpRequest postRequest(String path, String body) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
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
