package io.dyad.query.store;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ProjectionStoreBackendTest {

	private static final int SUMMARIES = 2_000;

	@TempDir
	Path dataDir;

	@Test
	void findsEverythingAStoreOfTheDefaultOrderHeld() {
		Path file = filledWithTheDefaultLayout();
		try (Served after = new Served(ProjectionStoreBackend.open(file))) {
			assertHoldsWhatWasFilled(after);
		}
	}

	@Test
	void keepsWhatItReencodedAcrossRestarts() {
		Path file = filledWithTheDefaultLayout();
		new Served(ProjectionStoreBackend.open(file)).close();
		try (Served again = new Served(ProjectionStoreBackend.open(file))) {
			assertHoldsWhatWasFilled(again);
		}
	}

	@Test
	void dropsACopyThatAnInterruptedStartLeft() {
		Path file = filledWithTheDefaultLayout();
		MVStore interrupted = MVStore.open(file.toString());
		interrupted
			.openMap("dyad.bson.databases.dyad.summaries",
					new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().valueType(new BsonDocumentType()))
			.put("r-copied-half", new de.bwaldvogel.mongo.bson.Document("_id", "r-copied-half"));
		interrupted.close();
		ProjectionStoreBackend backend = ProjectionStoreBackend.open(file);
		try (Served after = new Served(backend)) {
			assertHoldsWhatWasFilled(after);
			assertThat(after.collection("summaries").countDocuments()).isEqualTo(SUMMARIES);
			assertThat(backend.getMvStore().getMapNames()).noneMatch((name) -> name.startsWith("dyad.bson."));
		}
	}

	@Test
	void keepsItsOrderAndDocumentsAcrossRestarts() {
		Path file = this.dataDir.resolve("projections.mv");
		try (Served first = new Served(ProjectionStoreBackend.open(file))) {
			fill(first);
		}
		try (Served again = new Served(ProjectionStoreBackend.open(file))) {
			assertHoldsWhatWasFilled(again);
		}
	}

	@Test
	void storesTheDocumentsOfEveryCollectionAsBson() {
		Path file = this.dataDir.resolve("projections.mv");
		try (Served before = new Served(new H2Backend(file.toString()))) {
			before.collection("summaries").insertOne(summary(1));
		}
		ProjectionStoreBackend backend = ProjectionStoreBackend.open(file);
		try (Served store = new Served(backend)) {
			store.collection("tokens").insertOne(new Document("processorName", "analytics"));
			List<String> documentMaps = mapNames(backend, (name) -> name.startsWith("databases."));
			assertThat(documentMaps).contains("databases.dyad.summaries", "databases.dyad.tokens");
			for (String documents : documentMaps) {
				assertThat(backend.getMvStore().openMap(documents).getValueType()).as(documents)
					.isInstanceOf(BsonDocumentType.class);
			}
		}
	}

	@Test
	void ordersIndexesCreatedAfterTheStartByValue() {
		ProjectionStoreBackend backend = ProjectionStoreBackend.inMemory();
		try (Served store = new Served(backend)) {
			fill(store);
			assertHoldsWhatWasFilled(store);
			List<String> indexes = mapNames(backend, (name) -> name.contains("._index_"));
			assertThat(indexes).contains("dyad.summaries._index__id_", "dyad.tokens._index_processorName_1_segment_1");
			for (String index : indexes) {
				assertThat(backend.getMvStore().openMap(index).getKeyType()).as(index)
					.isInstanceOf(IndexKeyOrder.class);
			}
		}
	}

	@Test
	void updatesDocumentsWithoutTotallingTheirSizes() {
		ProjectionStoreBackend backend = ProjectionStoreBackend.inMemory();
		try (Served store = new Served(backend)) {
			MongoCollection<Document> summaries = store.collection("summaries");
			summaries.insertOne(summary(1));
			MVMap<String, Object> entries = backend.getMvStore().openMap("meta.dyad.summaries");
			assertThat(entries.get("dataSize")).isEqualTo(0L);
			summaries.updateOne(Filters.eq("_id", "r-1"), Updates.set("stages.2", new Document("stage", "MATURITY")));
			summaries.insertOne(summary(2));
			assertThat(summaries.find(Filters.eq("_id", "r-1")).first().getList("stages", Document.class))
				.extracting((stage) -> stage.getString("stage"))
				.containsExactly("EXPLORATION", "BUILDING", "MATURITY");
			assertThat(summaries.countDocuments()).isEqualTo(2);
			assertThat(entries.get("dataSize")).isEqualTo(0L);
		}
	}

	/** H2 commits the store only when the backend asks, between commands. */
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
			store.collection("documents").insertOne(new Document("_id", "kept").append("points", List.of(1)));
			await().atMost(Duration.ofSeconds(5)).until(() -> !backend.getMvStore().hasUnsavedChanges());
			Path crash = Files.copy(file, this.dataDir.resolve("crash.mv"));
			try (Served reopened = new Served(ProjectionStoreBackend.open(crash))) {
				assertThat(reopened.collection("documents").find(Filters.eq("_id", "kept")).first())
					.isEqualTo(new Document("_id", "kept").append("points", List.of(1)));
			}
		}
	}

	/**
	 * A store as mongo-java-server writes it alone: indexes in the default key order,
	 * documents Java-serialized.
	 */
	private Path filledWithTheDefaultLayout() {
		Path file = this.dataDir.resolve("projections.mv");
		try (Served before = new Served(new H2Backend(file.toString()))) {
			fill(before);
		}
		return file;
	}

	/**
	 * Summaries by {@code _id}, with a value of each type the projections store, and
	 * tokens under a compound unique index, as Axon keeps them.
	 */
	private static void fill(Served store) {
		MongoCollection<Document> summaries = store.collection("summaries");
		for (int i = 0; i < SUMMARIES; i++) {
			summaries.insertOne(summary(i));
		}
		MongoCollection<Document> tokens = store.collection("tokens");
		tokens.createIndex(Indexes.ascending("processorName", "segment"), new IndexOptions().unique(true));
		for (String processor : new String[] { "analytics", "stage-history" }) {
			for (int segment = 0; segment < 2; segment++) {
				tokens.insertOne(new Document("processorName", processor).append("segment", segment));
			}
		}
	}

	private static void assertHoldsWhatWasFilled(Served store) {
		MongoCollection<Document> summaries = store.collection("summaries");
		for (int i = 0; i < SUMMARIES; i++) {
			assertThat(summaries.find(Filters.eq("_id", "r-" + i)).first()).as("r-" + i).isEqualTo(summary(i));
		}
		assertThat(summaries.find(Filters.eq("_id", "r-" + SUMMARIES)).first()).isNull();
		assertDuplicate(() -> summaries.insertOne(new Document("_id", "r-7")));
		MongoCollection<Document> tokens = store.collection("tokens");
		assertDuplicate(() -> tokens.insertOne(new Document("processorName", "analytics").append("segment", 1)));
		tokens.insertOne(new Document("processorName", "analytics").append("segment", 2));
		assertThat(tokens.countDocuments()).isEqualTo(5);
	}

	private static List<String> mapNames(ProjectionStoreBackend backend, Predicate<String> wanted) {
		return backend.getMvStore().getMapNames().stream().filter(wanted).toList();
	}

	private static Document summary(int i) {
		return new Document("_id", "r-" + i).append("version", i)
			.append("trust", i / 7.0)
			.append("events", i * 1_000_000_007L)
			.append("dissolved", i % 2 == 0)
			.append("reason", null)
			.append("openedAt", new Date(1_700_000_000_000L + i))
			.append("stages",
					List.of(new Document("stage", "EXPLORATION").append("from", i), new Document("stage", "BUILDING")))
			.append("token", new Binary(new byte[] { (byte) i, 1, 2 }));
	}

	private static void assertDuplicate(Runnable write) {
		assertThatThrownBy(write::run).isInstanceOfSatisfying(MongoWriteException.class,
				(ex) -> assertThat(ex.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
	}

	/** A backend served over the wire and reached through the real driver. */
	private static final class Served implements AutoCloseable {

		private final MongoServer server;

		private final MongoClient client;

		Served(H2Backend backend) {
			this.server = new MongoServer(backend);
			InetSocketAddress address = this.server.bind();
			this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		}

		MongoCollection<Document> collection(String name) {
			return this.client.getDatabase("dyad").getCollection(name);
		}

		@Override
		public void close() {
			this.client.close();
			this.server.shutdownNow();
		}

	}

}
