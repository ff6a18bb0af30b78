package io.dyad.query.store;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a crash leaves of the projection store: its last commit. Only the backend commits
 * it, between commands, and it does so within about a second of a write, without the
 * store being closed.
 */
class ProjectionStoreCrashTest {

	@TempDir
	Path dataDir;

	@Test
	void leavesNoCommitToH2() {
		ProjectionStoreBackend backend = ProjectionStoreBackend.open(this.dataDir.resolve("projections.mv"));
		assertThat(backend.getMvStore().getAutoCommitDelay()).as("commit delay").isZero();
		assertThat(backend.getMvStore().getAutoCommitMemory()).as("unsaved memory that makes a write commit").isZero();
		backend.close();
	}

	@Test
	void aCrashKeepsWhatWasWrittenASecondBefore() throws Exception {
		Path file = this.dataDir.resolve("projections.mv");
		ProjectionStoreBackend backend = ProjectionStoreBackend.open(file);
		try (Served store = new Served(backend)) {
			store.collection().insertOne(new Document("_id", "kept").append("points", List.of(1)));
			await().atMost(Duration.ofSeconds(5)).until(() -> !backend.getMvStore().hasUnsavedChanges());
			Path crash = Files.copy(file, this.dataDir.resolve("crash.mv"));
			try (Served reopened = new Served(ProjectionStoreBackend.open(crash))) {
				assertThat(reopened.collection().find(Filters.eq("_id", "kept")).first())
					.isEqualTo(new Document("_id", "kept").append("points", List.of(1)));
			}
		}
	}

	private static final class Served implements AutoCloseable {

		private final MongoServer server;

		private final MongoClient client;

		Served(ProjectionStoreBackend backend) {
			this.server = new MongoServer(backend);
			InetSocketAddress address = this.server.bind();
			this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		}

		MongoCollection<Document> collection() {
			return this.client.getDatabase("dyad").getCollection("documents");
		}

		@Override
		public void close() {
			this.client.close();
			this.server.shutdownNow();
		}

	}

}
