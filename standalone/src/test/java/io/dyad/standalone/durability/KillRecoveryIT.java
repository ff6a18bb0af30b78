package io.dyad.standalone.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the packaged application with SIGKILL right after it acknowledged a run of
 * commands, starts it again on the same data directory, and checks that every
 * acknowledged command is there and the projections catch up.
 */
class KillRecoveryIT {

	private static final Path JAR = Path.of("target", "dyad-standalone.jar");

	private static final int COMMANDS = 40;

	/** Beside the test reports, so that a failed run's application logs outlive it. */
	private static final Path LOGS = Path.of("target", "failsafe-reports");

	@TempDir
	Path dataDir;

	private Process process;

	@AfterEach
	void stop() {
		if (this.process != null) {
			this.process.destroyForcibly();
		}
	}

	@Test
	void noAcknowledgedCommandIsLostWhenTheProcessIsKilled() throws Exception {
		String id = "kill-" + System.nanoTime();
		int port = freePort();
		StandaloneClient client = new StandaloneClient(port);

		this.process = launch(port);
		client.openRelationship(id, "2025-01-06T09:00:00Z");
		long acknowledged = 0;
		for (int i = 0; i < COMMANDS; i++) {
			String occurredAt = Instant.parse("2025-01-07T09:00:00Z").plus(Duration.ofHours(i)).toString();
			acknowledged = client.recordInteraction(id, "i-" + i, "COMMUNICATION", occurredAt).get("version").asLong();
		}
		this.process.destroyForcibly().waitFor();

		this.process = launch(port);
		assertThat(client.awaitSummaryVersion(id, acknowledged).get("version").asLong()).isEqualTo(acknowledged);
		String next = Instant.parse("2025-01-07T09:00:00Z").plus(Duration.ofHours(COMMANDS)).toString();
		assertThat(client.recordInteraction(id, "i-next", "COMMUNICATION", next).get("version").asLong())
			.isEqualTo(acknowledged + 1);
	}

	private Process launch(int port) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
						"--server.port=" + port, "--dyad.data-dir=" + this.dataDir));
		// The second CI pass points the event store at PostgreSQL through these
		// properties.
		for (String property : List.of("spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password")) {
			if (System.getProperty(property) != null) {
				command.add("--" + property + "=" + System.getProperty(property));
			}
		}
		Files.createDirectories(LOGS);
		Process started = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Files.createTempFile(LOGS, "kill-recovery-", ".log").toFile())
			.start();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.build();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
			assertThat(started.isAlive()).as("application process alive").isTrue();
			return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		});
		return started;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
