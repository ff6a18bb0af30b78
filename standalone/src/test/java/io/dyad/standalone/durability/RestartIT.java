package io.dyad.standalone.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.dyad.query.store.ProjectionStoreBackend;
import io.dyad.standalone.DyadApplication;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops the standalone application and starts it again on the same data directory:
 * events, projections and processor positions must all survive, and processors must carry
 * on from their stored positions.
 */
class RestartIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dataDir;

	@Test
	void restartKeepsEventsProjectionsAndProcessorPositions() throws Exception {
		String id = "restart-" + System.nanoTime();
		JsonNode summaryBefore;
		JsonNode historyBefore;
		long lastGlobalIndex;
		try (ConfigurableApplicationContext app = start()) {
			StandaloneClient client = new StandaloneClient(port(app));
			client.openRelationship(id, "2025-01-06T09:00:00Z");
			client.recordInteraction(id, "i-1", "NEGOTIATION", "2025-01-10T09:00:00Z");
			long version = client.recordInteraction(id, "i-2", "TRANSACTION", "2025-01-20T09:00:00Z")
				.get("version")
				.asLong();
			summaryBefore = client.awaitSummaryVersion(id, version);
			await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(client.get("/api/v1/processors")));
			historyBefore = client.get("/api/v1/relationships/" + id + "/stage-history");
			lastGlobalIndex = app.getBean(JdbcTemplate.class)
				.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
		}

		// Processors store their position as they handle events. The last event, an
		// interaction, is not one the stage history handles, so its stored position may
		// stop at the stage step just before it.
		assertThat(storedTokenPositions()).containsKeys("relationship-summary", "stage-history", "trust-trajectory")
			.allSatisfy((processor, index) -> assertThat(index).as(processor)
				.isBetween(lastGlobalIndex - 1, lastGlobalIndex));

		try (ConfigurableApplicationContext app = start()) {
			StandaloneClient client = new StandaloneClient(port(app));
			assertThat(client.get("/api/v1/relationships/" + id)).isEqualTo(summaryBefore);
			assertThat(client.get("/api/v1/relationships/" + id + "/stage-history")).isEqualTo(historyBefore);
			JsonNode answer = client.recordInteraction(id, "i-3", "COMMUNICATION", "2025-01-21T09:00:00Z");
			assertThat(answer.get("version").asLong()).isEqualTo(summaryBefore.get("version").asLong() + 1);
			assertThat(client.awaitSummaryVersion(id, answer.get("version").asLong()).get("stage").asText())
				.isEqualTo("EXPLORATION");
		}
	}

	private static boolean caughtUp(JsonNode processors) {
		for (JsonNode processor : processors.get("processors")) {
			if (processor.get("lag").asLong() != 0) {
				return false;
			}
		}
		return true;
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DyadApplication.class).run("--server.port=0",
				"--dyad.data-dir=" + this.dataDir);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/**
	 * Reads each processor's furthest stored position straight from the stopped
	 * application's embedded store.
	 */
	private Map<String, Long> storedTokenPositions() {
		H2Backend backend = ProjectionStoreBackend.open(this.dataDir.resolve("projections.mv"));
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			Map<String, Long> positions = new HashMap<>();
			mongo.getDatabase("dyad")
				.getCollection("trackingtokens")
				.find(Filters.ne("token", null))
				.forEach((token) -> positions.merge(token.getString("processorName"), tokenIndex(token), Math::max));
			return positions;
		}
		finally {
			server.shutdownNow();
		}
	}

	private static long tokenIndex(Document token) {
		try {
			JsonNode json = JSON.readTree(token.get("token", Binary.class).getData());
			JsonNode index = json.has("index") ? json.get("index") : json.findValue("index");
			return index.asLong();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
