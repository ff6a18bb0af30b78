package io.dyad.query.analytics;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.springframework.stereotype.Repository;

/**
 * The analytics rows, one per relationship: kept in MongoDB by {@code _id}, so they
 * survive restarts, and held in memory, so that an analytics answer is one pass over them
 * instead of a scan of the store. MongoDB is written first: a failed write leaves memory
 * untouched and the processor retries the event.
 */
@Repository
class AnalyticsRows {

	static final String COLLECTION = "analytics_rows";

	private final MongoCollection<Document> collection;

	private volatile Map<String, AnalyticsRow> rows;

	AnalyticsRows(MongoDatabase database) {
		this.collection = database.getCollection(COLLECTION);
	}

	/** Stores a new row unless the relationship's opening was applied before. */
	boolean open(AnalyticsRow row) {
		if (loaded().containsKey(row.relationshipId())) {
			return false;
		}
		save(row);
		return true;
	}

	/**
	 * Applies a change to a row unless an event at or after this sequence number was
	 * applied already.
	 */
	boolean update(String relationshipId, long sequence, UnaryOperator<AnalyticsRow> change) {
		AnalyticsRow row = loaded().get(relationshipId);
		if (row == null || row.version() >= sequence) {
			return false;
		}
		AnalyticsRow changed = change.apply(row);
		save(changed);
		return true;
	}

	Optional<AnalyticsRow> find(String relationshipId) {
		return Optional.ofNullable(loaded().get(relationshipId));
	}

	/**
	 * A live view of the rows: each row is whole, the set may change while it is read.
	 */
	Collection<AnalyticsRow> all() {
		return loaded().values();
	}

	void clear() {
		synchronized (this) {
			this.collection.deleteMany(new Document());
			this.rows = new ConcurrentHashMap<>();
		}
	}

	private void save(AnalyticsRow row) {
		this.collection.replaceOne(Filters.eq("_id", row.relationshipId()), AnalyticsRowDocument.write(row),
				new ReplaceOptions().upsert(true));
		loaded().put(row.relationshipId(), row);
	}

	/** Reads the rows from MongoDB once, on first use, before any event is applied. */
	private Map<String, AnalyticsRow> loaded() {
		Map<String, AnalyticsRow> current = this.rows;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.rows == null) {
				Map<String, AnalyticsRow> read = new ConcurrentHashMap<>();
				for (Document document : this.collection.find()) {
					AnalyticsRow row = AnalyticsRowDocument.read(document);
					read.put(row.relationshipId(), row);
				}
				this.rows = read;
			}
			return this.rows;
		}
	}

}
