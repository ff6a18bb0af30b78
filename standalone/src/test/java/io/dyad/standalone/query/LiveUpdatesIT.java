package io.dyad.standalone.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LiveUpdatesIT extends QueryIntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void streamsTheSummaryThenNewTrustPointsAndStageSteps() throws Exception {
		History history = openRelationship("globex");
		awaitVersion(history.relationshipId, 0);
		awaitBody("/api/v1/relationships/" + history.relationshipId + "/trust-trajectory", (answer) -> true);
		awaitBody("/api/v1/relationships/" + history.relationshipId + "/stage-history", (answer) -> true);
		HttpRequest request = HttpRequest
			.newBuilder(
					URI.create(this.http.getRootUri() + "/api/v1/relationships/" + history.relationshipId + "/live"))
			.header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE)
			.build();
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofLines());
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
		try {
			await().until(() -> lines.contains("event:summary"));

			history.interaction("i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(4), 0.3525, 0.8875)
				.advanced(Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", day(4), "i-1", 0.3525, 0.8875);

			await().until(() -> lines.contains("event:trust-point") && lines.contains("event:stage-step"));
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
						.isTrue());
			assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("data:")
				.contains("\"interactionId\":\"i-1\"")
				.contains("\"trust\":0.3525"));
			assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("data:")
				.contains("\"rule\":\"first-bargaining\"")
				.contains("\"to\":\"EXPLORATION\""));
			assertThat(lines).contains("id:1", "id:2");
		}
		finally {
			response.body().close();
			reading.cancel(true);
		}
	}

	@Test
	void refusesToWatchAnUnknownRelationship() {
		ResponseEntity<String> response = get("/api/v1/relationships/nobody-knows/live");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(response).path("type").asText()).isEqualTo("urn:dyad:problem:relationship-not-found");
	}

	/**
	 * Spring MVC writes a stream's updates and streams exports on the executor of this
	 * name; without one it starts a new thread for every write. An export holds its
	 * thread while it streams, so more of them than the pool's core threads must not hold
	 * up the rest.
	 */
	@Test
	void writesUpdatesOnAPoolThatNeverQueuesBehindLongTasks() throws Exception {
		ThreadPoolTaskExecutor pool = this.context
			.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME, ThreadPoolTaskExecutor.class);
		int tasks = pool.getCorePoolSize() + 2;
		CountDownLatch started = new CountDownLatch(tasks);
		CountDownLatch release = new CountDownLatch(1);
		try {
			for (int i = 0; i < tasks; i++) {
				pool.execute(() -> {
					started.countDown();
					awaitQuietly(release);
				});
			}
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			release.countDown();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
