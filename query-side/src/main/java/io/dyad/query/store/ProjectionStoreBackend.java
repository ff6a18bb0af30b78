package io.dyad.query.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with its index maps ordered by {@link IndexKeyOrder}.
 * Every lookup by {@code _id} and every unique-index check goes through these maps, so
 * their comparisons were the largest single cost of a projection write.
 */
public final class ProjectionStoreBackend extends H2Backend {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionStoreBackend.class);

	private static final String INDEX_MAP = "._index_";

	/** Where the store notes its layout, apart from mongo-java-server's own maps. */
	private static final String LAYOUT = "dyad.layout";

	private static final String INDEX_ORDER = "indexOrder";

	private static final String BY_VALUE = "byValue";

	/** H2's default, as mongo-java-server opens its stores. */
	private static final int AUTO_COMMIT_DELAY_MILLIS = 1_000;

	private ProjectionStoreBackend(MVStore store) {
		super(store);
	}

	/**
	 * Opens the store in this file, reordering the indexes of a store written before. The
	 * store's background writer starts only after the reorder's one commit, so a crash
	 * during it leaves the store as it was.
	 */
	public static ProjectionStoreBackend open(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		reorderIndexes(store);
		store.setAutoCommitDelay(AUTO_COMMIT_DELAY_MILLIS);
		return new ProjectionStoreBackend(store);
	}

	/** A store in memory, as the tests of the projections use it: nothing to reorder. */
	public static ProjectionStoreBackend inMemory() {
		return new ProjectionStoreBackend(MVStore.open(null));
	}

	/**
	 * A store written with the default key order holds its index entries in another
	 * order: they are copied, once, into maps of the value order.
	 */
	private static void reorderIndexes(MVStore store) {
		MVMap<String, String> layout = store.openMap(LAYOUT);
		if (BY_VALUE.equals(layout.get(INDEX_ORDER))) {
			return;
		}
		for (String name : store.getMapNames()) {
			if (name.contains(INDEX_MAP)) {
				MVMap<Object, Object> previous = store.openMap(name);
				Map<Object, Object> entries = new LinkedHashMap<>(previous);
				store.removeMap(previous);
				indexMap(store, name).putAll(entries);
				logger.info("Reordered the {} entries of index {}", entries.size(), name);
			}
		}
		layout.put(INDEX_ORDER, BY_VALUE);
		store.commit();
	}

	private static MVMap<Object, Object> indexMap(MVStore store, String name) {
		return store.openMap(name, new MVMap.Builder<>().keyType(new IndexKeyOrder()));
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	/**
	 * Opens each index map with the value order first, so that mongo-java-server finds it
	 * open when it asks the store for it by name.
	 */
	private final class Database extends H2Database {

		Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
			super(databaseName, store, cursorRegistry);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			indexMap(getMvStore(), getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName);
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

	}

}
