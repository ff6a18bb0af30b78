package io.dyad.query.stagehistory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.query.StageHistoryView;
import io.dyad.api.query.StagePeriodView;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Party;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.query.store.BatchScope;
import io.dyad.query.store.DocumentChanges;
import io.dyad.query.store.StoredInstant;
import org.bson.Document;

import org.springframework.stereotype.Repository;

/**
 * Stage histories in MongoDB, one document per relationship keyed by its id, holding the
 * periods oldest first and the sequence number of the last event applied.
 */
@Repository
class StageHistories {

	static final String COLLECTION = "stage_histories";

	private final MongoCollection<Document> collection;

	private final BatchScope<DocumentChanges> batch;

	StageHistories(MongoDatabase database) {
		this.collection = database.getCollection(COLLECTION);
		this.batch = new BatchScope<>(COLLECTION, (ids) -> new DocumentChanges(this.collection, ids),
				DocumentChanges::write);
	}

	/** Starts a history in the opening stage unless the opening was applied before. */
	boolean open(String relationshipId, long sequence, Stage stage, Instant openedAt) {
		return this.batch.apply((changes) -> {
			if (changes.find(relationshipId).isPresent()) {
				return false;
			}
			changes.replace(new Document("_id", relationshipId).append("version", sequence)
				.append("periods", new ArrayList<>(List.of(period(stage, openedAt)))));
			return true;
		});
	}

	/**
	 * Ends the current period with the step's rule and evidence and starts the next one,
	 * unless the step was applied before.
	 */
	boolean advance(String relationshipId, long sequence, StageAdvancedEvent step) {
		return this.batch.apply((changes) -> {
			Document history = changes.find(relationshipId).orElse(null);
			if (history == null || history.getLong("version") >= sequence) {
				return false;
			}
			List<Document> periods = history.getList("periods", Document.class);
			Document current = periods.get(periods.size() - 1);
			current.put("leftAt", StoredInstant.write(step.at()));
			current.put("rule", step.rule());
			current.put("evidence", evidence(step.evidence()));
			periods.add(period(step.to(), step.at()));
			history.put("version", sequence);
			changes.replace(history);
			return true;
		});
	}

	Optional<Document> find(String relationshipId) {
		return Optional.ofNullable(this.collection.find(Filters.eq("_id", relationshipId)).first());
	}

	/** Drops the collection: far cheaper than deleting each document. */
	void clear() {
		this.collection.drop();
	}

	static StageHistoryView toView(Document history) {
		List<StagePeriodView> periods = history.getList("periods", Document.class)
			.stream()
			.map(StageHistories::toPeriod)
			.toList();
		return new StageHistoryView(history.getString("_id"), periods);
	}

	private static Document period(Stage stage, Instant enteredAt) {
		return new Document("stage", stage.name()).append("enteredAt", StoredInstant.write(enteredAt))
			.append("leftAt", null)
			.append("rule", null)
			.append("evidence", null);
	}

	private static StagePeriodView toPeriod(Document period) {
		Instant enteredAt = StoredInstant.read(period.getString("enteredAt"));
		Instant leftAt = StoredInstant.read(period.getString("leftAt"));
		Duration duration = (leftAt != null) ? Duration.between(enteredAt, leftAt) : null;
		Document evidence = period.get("evidence", Document.class);
		return new StagePeriodView(Stage.valueOf(period.getString("stage")), enteredAt, leftAt, duration,
				(duration != null) ? duration.getSeconds() : null, period.getString("rule"),
				(evidence != null) ? toEvidence(evidence) : null);
	}

	private static Document evidence(StageEvidence evidence) {
		Document byParty = new Document();
		evidence.adaptationsByParty().forEach((party, count) -> byParty.put(party.name(), count));
		return new Document("triggeredBy", evidence.triggeredBy()).append("trust", evidence.trust())
			.append("uncertainty", evidence.uncertainty())
			.append("switchingCost", evidence.switchingCost())
			.append("transactionCount", evidence.transactionCount())
			.append("adaptationsByParty", byParty)
			.append("positiveJointProblemSolvingCount", evidence.positiveJointProblemSolvingCount())
			.append("daysSinceExpansion", evidence.daysSinceExpansion())
			.append("conflictsLast30Days", evidence.conflictsLast30Days())
			.append("dissolutionReason",
					(evidence.dissolutionReason() != null) ? evidence.dissolutionReason().name() : null);
	}

	private static StageEvidence toEvidence(Document evidence) {
		Map<Party, Integer> byParty = new EnumMap<>(Party.class);
		evidence.get("adaptationsByParty", Document.class)
			.forEach((party, count) -> byParty.put(Party.valueOf(party), ((Number) count).intValue()));
		String reason = evidence.getString("dissolutionReason");
		return new StageEvidence(evidence.getString("triggeredBy"), evidence.getDouble("trust"),
				evidence.getDouble("uncertainty"), evidence.getDouble("switchingCost"),
				evidence.getInteger("transactionCount"), byParty,
				evidence.getInteger("positiveJointProblemSolvingCount"), evidence.getLong("daysSinceExpansion"),
				evidence.getInteger("conflictsLast30Days"),
				(reason != null) ? DissolutionReason.valueOf(reason) : null);
	}

}
