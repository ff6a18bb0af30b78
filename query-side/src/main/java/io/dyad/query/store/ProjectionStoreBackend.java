package io.dyad.query.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with its index maps ordered by {@link IndexKeyOrder},
 * its documents stored as BSON by {@link BsonDocumentType} and no running total of their
 * sizes. Every lookup by {@code _id} and every unique-index check goes through the index
 * maps, so their comparisons were the largest single cost of a projection write; storing
 * the documents was the largest cost of a commit.
 *
 * <p>
 * A file store is committed by {@link ProjectionStoreCommits}, never while a command
 * runs: one write of a document touches several maps (the documents and each unique
 * index), and H2's own commits could store some of them without the others. A crash at
 * such a commit would leave a document that its {@code _id} no longer finds, and the
 * processor that writes it again would fail on every retry.
 */
public final class ProjectionStoreBackend extends H2Backend {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionStoreBackend.class);

	private static final String INDEX_MAP = "._index_";

	/** mongo-java-server's prefix of the maps that hold a collection's documents. */
	private static final String DOCUMENT_MAP = "databases.";

	/** mongo-java-server's prefix of the maps that hold a collection's own entries. */
	private static final String COLLECTION_META_MAP = "meta.";

	/** Where the store notes its layout, apart from mongo-java-server's own maps. */
	private static final String LAYOUT = "dyad.layout";

	private static final String INDEX_ORDER = "indexOrder";

	private static final String BY_VALUE = "byValue";

	private static final String DOCUMENTS = "documents";

	private static final String BSON = "bson";

	/** The prefix of the maps that documents are copied to as BSON. */
	private static final String COPY = "dyad.bson.";

	private static final int COPY_BATCH = 1_000;

	/** Commands share it; a commit holds it alone. */
	private final ReadWriteLock commands = new ReentrantReadWriteLock();

	private final ProjectionStoreCommits commits;

	private ProjectionStoreBackend(MVStore store, boolean committing) {
		super(store);
		this.commits = committing ? new ProjectionStoreCommits(this) : null;
	}

	/**
	 * Opens the store in this file, reordering the indexes and re-encoding the documents
	 * of a store written before. The scheduled commits start only after each of these has
	 * made the commit that completes it, so a crash during one leaves the store as it
	 * was. H2 itself commits it neither on a schedule nor, in the thread of a write, when
	 * the unsaved changes grow.
	 */
	public static ProjectionStoreBackend open(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString())
			.autoCommitDisabled()
			.autoCommitBufferSize(0)
			.open();
		MVMap<String, String> layout = store.openMap(LAYOUT);
		reorderIndexes(store, layout);
		encodeDocuments(store, layout);
		return new ProjectionStoreBackend(store, true);
	}

	/** A store in memory, as the tests of the projections use it: nothing to reorder. */
	public static ProjectionStoreBackend inMemory() {
		return new ProjectionStoreBackend(MVStore.open(null), false);
	}

	/**
	 * A store written with the default key order holds its index entries in another
	 * order: they are copied, once, into maps of the value order.
	 */
	private static void reorderIndexes(MVStore store, MVMap<String, String> layout) {
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

	/**
	 * A store written with H2's default value type holds its documents Java-serialized:
	 * they are copied, once, into maps that store BSON, committed every
	 * {@value #COPY_BATCH} documents so that no collection needs to fit in memory. The
	 * copies replace the collections in one last commit; copies that a crash left
	 * unfinished are dropped and made again. A store that holds BSON has its document
	 * maps opened with that type before mongo-java-server opens them.
	 */
	private static void encodeDocuments(MVStore store, MVMap<String, String> layout) {
		List<String> collections = store.getMapNames()
			.stream()
			.filter((name) -> name.startsWith(DOCUMENT_MAP))
			.toList();
		if (!BSON.equals(layout.get(DOCUMENTS))) {
			store.getMapNames().stream().filter((name) -> name.startsWith(COPY)).forEach(store::removeMap);
			collections.forEach((name) -> copyAsBson(store, name));
			for (String name : collections) {
				store.removeMap(name);
				store.renameMap(documentMap(store, COPY + name), name);
			}
			layout.put(DOCUMENTS, BSON);
			store.commit();
		}
		collections.forEach((name) -> documentMap(store, name));
	}

	private static void copyAsBson(MVStore store, String name) {
		MVMap<Object, Document> previous = store.openMap(name);
		MVMap<Object, Document> copy = documentMap(store, COPY + name);
		long copied = 0;
		for (Cursor<Object, Document> documents = previous.cursor(null); documents.hasNext();) {
			copy.put(documents.next(), documents.getValue());
			if (++copied % COPY_BATCH == 0) {
				store.commit();
			}
		}
		store.commit();
		logger.info("Stored the {} documents of {} as BSON", copied, name);
	}

	private static MVMap<Object, Object> indexMap(MVStore store, String name) {
		return store.openMap(name, new MVMap.Builder<>().keyType(new IndexKeyOrder()));
	}

	private static MVMap<Object, Document> documentMap(MVStore store, String name) {
		return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		return whileCommitsWait(() -> super.handleCommand(channel, databaseName, command, query));
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		return whileCommitsWait(() -> super.handleQuery(query));
	}

	private <T> T whileCommitsWait(Supplier<T> command) {
		Lock shared = this.commands.readLock();
		shared.lock();
		try {
			return command.get();
		}
		finally {
			shared.unlock();
		}
	}

	/**
	 * Stores what the commands that ended before it changed, and nothing of the others.
	 */
	@Override
	public void commit() {
		whileCommandsWait(super::commit);
	}

	/** Closing the store commits what is left. */
	@Override
	public void close() {
		if (this.commits != null) {
			this.commits.close();
		}
		whileCommandsWait(super::close);
	}

	private void whileCommandsWait(Runnable storeWork) {
		Lock alone = this.commands.writeLock();
		alone.lock();
		try {
			storeWork.run();
		}
		finally {
			alone.unlock();
		}
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	/**
	 * Opens each index map with the value order first, so that mongo-java-server finds it
	 * open when it asks the store for it by name, and each collection with its document
	 * map of the BSON type.
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

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String namespace = getFullCollectionNamespace(collectionName);
			return new UntotalledCollection(this, collectionName, options,
					documentMap(getMvStore(), DOCUMENT_MAP + namespace),
					getMvStore().openMap(COLLECTION_META_MAP + namespace), this.cursorRegistry);
		}

	}

	/**
	 * A collection that keeps no total of its documents' sizes. mongo-java-server keeps
	 * one for {@code collStats} and measures a document by encoding it as BSON, before
	 * and after each update: half of the embedded server's CPU while commands were
	 * recorded, when trajectory buckets held 100 points. {@code collStats},
	 * {@code dbStats} and {@code validate} report the total a collection had when a build
	 * that kept it last changed it, and 0 for collections made since, such as those a
	 * replay drops.
	 */
	private static final class UntotalledCollection extends H2Collection {

		UntotalledCollection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> documents, MVMap<String, Object> entries, CursorRegistry cursorRegistry) {
			super(database, collectionName, options, documents, entries, cursorRegistry);
		}

		@Override
		protected boolean tracksDataSize() {
			return false;
		}

	}

}
