package io.dyad.query.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.dyad.query.store.BatchScope;
import org.bson.Document;

import org.springframework.stereotype.Repository;

/**
 * The analytics rows, one per relationship: kept in MongoDB by {@code _id}, so they
 * survive restarts and replays start from nothing, and held in memory as
 * {@link AnalyticsColumns}, so that an analytics answer is one pass over arrays instead
 * of a scan of the store. The rows a processor batch changes are written to MongoDB
 * together, and only then to memory: a failed write leaves memory untouched and the
 * processor retries the batch. Answers read under a shared lock, so each sees every row
 * whole.
 */
@Repository
class AnalyticsRows {

	static final String COLLECTION = "analytics_rows";

	private static final int LOAD_BATCH = 1_000;

	private final MongoCollection<Document> collection;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final BatchScope<Map<String, AnalyticsRow>> batch;

	private AnalyticsColumns columns;

	AnalyticsRows(MongoDatabase database) {
		this.collection = database.getCollection(COLLECTION);
		this.batch = new BatchScope<>(COLLECTION, (ids) -> new LinkedHashMap<>(), this::save);
	}

	/** Stores a new row unless the relationship's opening was applied before. */
	boolean open(AnalyticsRow row) {
		return this.batch.apply((changed) -> {
			if (latest(changed, row.relationshipId()) != null) {
				return false;
			}
			changed.put(row.relationshipId(), row);
			return true;
		});
	}

	/**
	 * Applies a change to a row unless an event at or after this sequence number was
	 * applied already. Events of one relationship come one at a time, in order.
	 */
	boolean update(String relationshipId, long sequence, UnaryOperator<AnalyticsRow> change) {
		return this.batch.apply((changed) -> {
			AnalyticsRow row = latest(changed, relationshipId);
			if (row == null || row.version() >= sequence) {
				return false;
			}
			changed.put(relationshipId, change.apply(row));
			return true;
		});
	}

	private AnalyticsRow latest(Map<String, AnalyticsRow> changed, String relationshipId) {
		AnalyticsRow row = changed.get(relationshipId);
		return (row != null) ? row : find(relationshipId).orElse(null);
	}

	Optional<AnalyticsRow> find(String relationshipId) {
		return Optional.ofNullable(read((columns) -> columns.row(relationshipId)));
	}

	/** Answers from the columns while no row changes. */
	<T> T read(Function<AnalyticsColumns, T> answer) {
		AnalyticsColumns loaded = loaded();
		this.lock.readLock().lock();
		try {
			return answer.apply(loaded);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	void clear() {
		this.lock.writeLock().lock();
		try {
			// Far cheaper than deleting each document.
			this.collection.drop();
			this.columns = new AnalyticsColumns();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void save(Map<String, AnalyticsRow> changed) {
		if (changed.isEmpty()) {
			return;
		}
		loaded();
		ReplaceOptions upsert = new ReplaceOptions().upsert(true);
		this.collection.bulkWrite(changed.values()
			.stream()
			.<WriteModel<Document>>map((row) -> new ReplaceOneModel<>(Filters.eq("_id", row.relationshipId()),
					AnalyticsRowDocument.write(row), upsert))
			.toList());
		this.lock.writeLock().lock();
		try {
			changed.values().forEach(this.columns::put);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * The columns, read from MongoDB once, on first use, before any event is applied. In
	 * batches: mongo-java-server otherwise answers with every row in one reply, which the
	 * driver refuses beyond 48 MB.
	 */
	private AnalyticsColumns loaded() {
		this.lock.readLock().lock();
		try {
			if (this.columns != null) {
				return this.columns;
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		this.lock.writeLock().lock();
		try {
			if (this.columns == null) {
				AnalyticsColumns read = new AnalyticsColumns();
				for (Document document : this.collection.find().batchSize(LOAD_BATCH)) {
					read.put(AnalyticsRowDocument.read(document));
				}
				this.columns = read;
			}
			return this.columns;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
