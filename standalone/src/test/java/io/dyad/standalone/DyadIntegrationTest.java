package io.dyad.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the standalone application once, on a random port over a fresh data directory,
 * and drives it over HTTP. Integration tests extending this class share the running
 * application, so each test opens its own relationships.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class DyadIntegrationTest {

	private static final Path DATA_DIR = temporaryDataDirectory();

	protected static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	protected TestRestTemplate http;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("dyad.data-dir", DATA_DIR::toString);
	}

	protected ResponseEntity<String> post(String path, String json) {
		return exchange(HttpMethod.POST, path, json, new HttpHeaders());
	}

	protected ResponseEntity<String> get(String path) {
		return exchange(HttpMethod.GET, path, null, new HttpHeaders());
	}

	protected ResponseEntity<String> exchange(HttpMethod method, String path, String json, HttpHeaders headers) {
		if (json != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		return this.http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
	}

	protected static JsonNode body(ResponseEntity<String> response) {
		try {
			return JSON.readTree(response.getBody());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path temporaryDataDirectory() {
		try {
			Path dir = Files.createTempDirectory("dyad-it-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
