package io.dyad.standalone.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyad.standalone.DyadIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static io.dyad.standalone.command.CommandBodies.OPENED_AT;
import static io.dyad.standalone.command.CommandBodies.interaction;
import static io.dyad.standalone.command.CommandBodies.newRelationshipId;
import static io.dyad.standalone.command.CommandBodies.open;
import static io.dyad.standalone.command.CommandBodies.relationship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConcurrentCommandsIT extends DyadIntegrationTest {

	private static final int INTERACTIONS = 32;

	@Test
	void recordsEveryOneOfManyConcurrentInteractions() throws Exception {
		String id = newRelationshipId();
		post("/api/v1/relationships", open(id));
		Instant occurredAt = OPENED_AT.plus(Duration.ofDays(1));
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
		for (int n = 0; n < INTERACTIONS; n++) {
			String body = interaction("m-" + n, "COMMUNICATION", "POSITIVE", occurredAt);
			calls.add(() -> {
				start.await();
				return post(relationship(id) + "/interactions", body);
			});
		}

		List<JsonNode> answers = new ArrayList<>();
		ExecutorService senders = Executors.newFixedThreadPool(INTERACTIONS);
		try {
			List<Future<ResponseEntity<String>>> sent = calls.stream().map(senders::submit).toList();
			start.countDown();
			for (Future<ResponseEntity<String>> response : sent) {
				assertThat(response.get().getStatusCode()).isEqualTo(HttpStatus.OK);
				answers.add(body(response.get()));
			}
		}
		finally {
			senders.shutdownNow();
		}

		Set<Long> versions = new TreeSet<>();
		answers.forEach((answer) -> versions.add(answer.get("version").asLong()));
		assertThat(versions).containsExactlyElementsOf(LongStream.rangeClosed(1, INTERACTIONS).boxed().toList());
		JsonNode last = answers.stream()
			.filter((answer) -> answer.get("version").asLong() == INTERACTIONS)
			.findFirst()
			.orElseThrow();
		double trust = 0.30;
		double uncertainty = 1.00;
		for (int n = 0; n < INTERACTIONS; n++) {
			trust = trust + 0.10 * 0.5 * (1 - trust);
			uncertainty = uncertainty * (1 - 0.15 * 0.5);
		}
		assertThat(last.get("trust").asDouble()).isCloseTo(trust, within(1e-12));
		assertThat(last.get("uncertainty").asDouble()).isCloseTo(uncertainty, within(1e-12));
	}

}
