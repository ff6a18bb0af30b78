package io.dyad.query.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * The documents of one collection that a batch reads and changes, read by {@code _id} at
 * most once (the documents the batch is expected to touch in one query, on first use) and
 * written in one bulk write: documents replaced whole, then the fields the batch set in
 * documents it did not replace, one update per document however many fields the batch set
 * in it.
 */
public final class DocumentChanges {

	private static final int READ_CHUNK = 500;

	private final MongoCollection<Document> collection;

	private final Map<String, Optional<Document>> read = new HashMap<>();

	private final Map<String, Document> replaced = new LinkedHashMap<>();

	private final Map<String, Document> fieldsSet = new LinkedHashMap<>();

	private Set<String> expected;

	/**
	 * @param expected the ids of the documents the batch will most likely touch
	 */
	public DocumentChanges(MongoCollection<Document> collection, Set<String> expected) {
		this.collection = collection;
		this.expected = expected;
	}

	/** The document as this batch left it. */
	public Optional<Document> find(String id) {
		if (!this.read.containsKey(id) && this.expected.contains(id)) {
			readExpected();
		}
		return this.read.computeIfAbsent(id,
				(key) -> Optional.ofNullable(this.collection.find(Filters.eq("_id", key)).first()));
	}

	private void readExpected() {
		List<String> ids = new ArrayList<>(this.expected);
		this.expected = Set.of();
		ids.removeAll(this.read.keySet());
		for (int from = 0; from < ids.size(); from += READ_CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK));
			chunk.forEach((id) -> this.read.put(id, Optional.empty()));
			this.collection.find(Filters.in("_id", chunk))
				.forEach((document) -> this.read.put(document.getString("_id"), Optional.of(document)));
		}
	}

	/** The document as this batch left it, when the batch replaced it. */
	public Optional<Document> replacedInBatch(String id) {
		return Optional.ofNullable(this.replaced.get(id));
	}

	/** Replaces (or inserts) the document with its {@code _id}. */
	public void replace(Document document) {
		String id = document.getString("_id");
		this.read.put(id, Optional.of(document));
		this.replaced.put(id, document);
	}

	/**
	 * Sets a field (a dotted path) of a document this batch has not replaced, without
	 * reading it.
	 */
	public void set(String id, String field, Object value) {
		this.fieldsSet.computeIfAbsent(id, (key) -> new Document()).put(field, value);
	}

	public void write() {
		List<WriteModel<Document>> writes = new ArrayList<>(this.replaced.size() + this.fieldsSet.size());
		ReplaceOptions upsert = new ReplaceOptions().upsert(true);
		this.replaced
			.forEach((id, document) -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), document, upsert)));
		this.fieldsSet.forEach(
				(id, fields) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", id), new Document("$set", fields))));
		if (!writes.isEmpty()) {
			this.collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
		}
		this.replaced.clear();
		this.fieldsSet.clear();
	}

}
