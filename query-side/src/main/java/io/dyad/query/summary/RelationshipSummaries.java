package io.dyad.query.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.dyad.api.query.FindRelationshipsQuery;
import io.dyad.api.query.RelationshipPageView;
import io.dyad.api.query.RelationshipSort;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.query.SortDirection;
import io.dyad.query.store.BatchScope;
import io.dyad.query.store.DocumentChanges;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/**
 * The relationship summaries in MongoDB, one document per relationship keyed by its id.
 * Writes read and replace by {@code _id} only, the one lookup every MongoDB-wire store
 * serves from an index, each summary once per processor batch however many of its events
 * the batch holds.
 */
@Repository
class RelationshipSummaries {

	static final String COLLECTION = "relationship_summaries";

	private final MongoCollection<Document> collection;

	private final BatchScope<DocumentChanges> batch;

	RelationshipSummaries(MongoDatabase database) {
		this.collection = database.getCollection(COLLECTION);
		this.batch = new BatchScope<>(COLLECTION, (ids) -> new DocumentChanges(this.collection, ids),
				DocumentChanges::write);
		createListIndexes();
	}

	/** Creating an index that exists is a no-op, so this runs at every start. */
	private void createListIndexes() {
		IndexOptions background = new IndexOptions().background(true);
		for (String field : List.of(SummaryDocument.STAGE, SummaryDocument.RELATIONAL_TYPE, SummaryDocument.AT_RISK,
				SummaryDocument.TRUST, SummaryDocument.CLIENT_ID, SummaryDocument.SUPPLIER_ID,
				SummaryDocument.OPENED_AT, SummaryDocument.LAST_INTERACTION_AT)) {
			this.collection.createIndex(Indexes.ascending(field), background);
		}
		// The list's most common question: one client's relationships in a stage.
		this.collection.createIndex(Indexes.ascending(SummaryDocument.CLIENT_ID, SummaryDocument.STAGE), background);
	}

	/** Stores a new summary unless the relationship's opening was applied before. */
	boolean open(String relationshipId, long sequence, Document summary) {
		return this.batch.apply((changes) -> {
			if (changes.find(relationshipId).isPresent()) {
				return false;
			}
			summary.put("_id", relationshipId);
			summary.put(SummaryDocument.VERSION, sequence);
			changes.replace(summary);
			return true;
		});
	}

	/**
	 * Applies a change to a summary unless an event at or after this sequence number was
	 * applied already.
	 */
	boolean update(String relationshipId, long sequence, Consumer<Document> change) {
		return this.batch.apply((changes) -> {
			Document summary = changes.find(relationshipId).orElse(null);
			if (summary == null || summary.getLong(SummaryDocument.VERSION) >= sequence) {
				return false;
			}
			change.accept(summary);
			summary.put(SummaryDocument.VERSION, sequence);
			changes.replace(summary);
			return true;
		});
	}

	Optional<Document> find(String relationshipId) {
		return Optional.ofNullable(this.collection.find(Filters.eq("_id", relationshipId)).first());
	}

	RelationshipPageView page(FindRelationshipsQuery query) {
		Bson filter = filter(query);
		long total = this.collection.countDocuments(filter);
		long skip = (long) query.page() * query.size();
		List<RelationshipSummaryView> content = new ArrayList<>();
		if (skip < total) {
			this.collection.find(filter)
				.sort(sort(query.sort(), query.direction()))
				.skip((int) skip)
				.limit(query.size())
				.forEach((summary) -> content.add(SummaryDocument.toView(summary)));
		}
		int totalPages = (int) ((total + query.size() - 1) / query.size());
		return new RelationshipPageView(content, query.page(), query.size(), total, totalPages);
	}

	/**
	 * Drops the collection, far cheaper than deleting each document, and its indexes with
	 * it.
	 */
	void clear() {
		this.collection.drop();
		createListIndexes();
	}

	private static Bson filter(FindRelationshipsQuery query) {
		List<Bson> filters = new ArrayList<>();
		if (!query.stages().isEmpty()) {
			filters.add(Filters.in(SummaryDocument.STAGE, query.stages().stream().map(Enum::name).toList()));
		}
		if (!query.relationalTypes().isEmpty()) {
			filters.add(Filters.in(SummaryDocument.RELATIONAL_TYPE,
					query.relationalTypes().stream().map(Enum::name).toList()));
		}
		if (query.atRisk() != null) {
			filters.add(Filters.eq(SummaryDocument.AT_RISK, query.atRisk()));
		}
		if (query.minTrust() != null) {
			filters.add(Filters.gte(SummaryDocument.TRUST, query.minTrust()));
		}
		if (query.maxTrust() != null) {
			filters.add(Filters.lte(SummaryDocument.TRUST, query.maxTrust()));
		}
		if (query.clientId() != null) {
			filters.add(Filters.eq(SummaryDocument.CLIENT_ID, query.clientId()));
		}
		if (query.supplierId() != null) {
			filters.add(Filters.eq(SummaryDocument.SUPPLIER_ID, query.supplierId()));
		}
		return filters.isEmpty() ? new Document() : Filters.and(filters);
	}

	/** The id breaks ties, so pages do not overlap when sort values repeat. */
	private static Bson sort(RelationshipSort sort, SortDirection direction) {
		String field = switch (sort) {
			case TRUST -> SummaryDocument.TRUST;
			case LAST_INTERACTION -> SummaryDocument.LAST_INTERACTION_AT;
			case OPENED -> SummaryDocument.OPENED_AT;
		};
		Bson order = (direction == SortDirection.DESC) ? Sorts.descending(field) : Sorts.ascending(field);
		return Sorts.orderBy(order, Sorts.ascending("_id"));
	}

}
