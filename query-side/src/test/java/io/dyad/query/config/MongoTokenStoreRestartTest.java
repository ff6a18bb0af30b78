package io.dyad.query.config;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dyad.query.MongoTestServer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pooled streaming processor keeps its tokens in mongo-java-server through the token
 * store Dyad configures, and after a restart goes on where it stopped.
 */
class MongoTokenStoreRestartTest {

	private final EventStorageEngine events = new InMemoryEventStorageEngine();

	private MongoTestServer mongo;

	private TokenStore tokenStore;

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.tokenStore = new MongoStoreConfiguration().tokenStore(this.mongo.database(),
				JacksonSerializer.defaultSerializer());
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void resumesFromItsTokenAfterARestart() {
		Recorder beforeRestart = new Recorder();
		Configuration first = start(beforeRestart);
		publish(first, "a", "b", "c");
		await().until(() -> beforeRestart.seen.size() == 3);
		first.shutdown();

		Recorder afterRestart = new Recorder();
		Configuration second = start(afterRestart);
		publish(second, "d", "e");
		await().until(() -> afterRestart.seen.containsAll(List.of("d", "e")));
		second.shutdown();

		// Events without an aggregate spread over segments, so their order may vary.
		assertThat(beforeRestart.seen).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(afterRestart.seen).containsExactlyInAnyOrder("d", "e");
		assertThat(this.mongo.database().getCollection("trackingtokens").countDocuments()).isPositive();
	}

	/** Without auto-located modules, so no Axon Server connection is tried. */
	private Configuration start(Recorder recorder) {
		Configuration configuration = DefaultConfigurer.defaultConfiguration(false)
			.configureEmbeddedEventStore((config) -> this.events)
			.eventProcessing((processing) -> processing.registerTokenStore((config) -> this.tokenStore)
				.usingPooledStreamingEventProcessors()
				.registerEventHandler((config) -> recorder))
			.buildConfiguration();
		configuration.start();
		return configuration;
	}

	private static void publish(Configuration configuration, String... payloads) {
		EventStore eventStore = configuration.eventStore();
		for (String payload : payloads) {
			eventStore.publish(GenericEventMessage.asEventMessage(payload));
		}
	}

	static class Recorder {

		final List<String> seen = new CopyOnWriteArrayList<>();

		@EventHandler
		void on(String event) {
			this.seen.add(event);
		}

	}

}
