package io.dyad.standalone.query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Projections can be thrown away and rebuilt from the event store, alike. */
class ProjectionReplayIT extends QueryIntegrationTest {

	private static final List<String> PROCESSORS = List.of("relationship-summary", "stage-history", "trust-trajectory");

	@Autowired
	private EventProcessingConfiguration processing;

	@Test
	void rebuildsTheSameReadModelsAfterAReset() {
		History history = openRelationship("globex").exploring()
			.interaction("i-4", InteractionKind.CONFLICT, Outcome.NEGATIVE, day(30), 0.2455131, 0.7580734);
		awaitVersion(history.relationshipId, 5);
		String relationship = "/api/v1/relationships/" + history.relationshipId;
		List<String> readModels = List.of(relationship, relationship + "/stage-history",
				relationship + "/trust-trajectory");
		awaitBody(relationship + "/trust-trajectory", (answer) -> answer.path("totalPoints").asInt() == 4);
		awaitBody(relationship + "/stage-history", (answer) -> answer.path("periods").size() == 2);
		Map<String, String> before = answers(readModels);

		List<StreamingEventProcessor> processors = PROCESSORS.stream().map(this::processor).toList();
		processors.forEach(StreamingEventProcessor::shutDown);
		processors.forEach(StreamingEventProcessor::resetTokens);

		assertThat(readModels)
			.allSatisfy((path) -> assertThat(get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND));

		processors.forEach(StreamingEventProcessor::start);

		await().until(() -> processors.stream().noneMatch(StreamingEventProcessor::isReplaying)
				&& answers(readModels).equals(before));
	}

	private StreamingEventProcessor processor(String name) {
		return this.processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
	}

	private Map<String, String> answers(List<String> paths) {
		return paths.stream().collect(Collectors.toMap(Function.identity(), (path) -> get(path).getBody()));
	}

}
