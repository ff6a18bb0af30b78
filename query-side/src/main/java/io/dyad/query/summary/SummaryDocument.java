package io.dyad.query.summary;

import java.util.List;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.query.LastInteractionView;
import io.dyad.api.query.RelationshipCountsView;
import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.query.store.StoredInstant;
import org.bson.Document;

/** The layout of a relationship summary document. */
final class SummaryDocument {

	static final String SUPPLIER = "supplier";

	static final String CLIENT = "client";

	static final String SUPPLIER_ID = "supplier.id";

	static final String CLIENT_ID = "client.id";

	static final String STAGE = "stage";

	static final String RELATIONAL_TYPE = "relationalType";

	static final String TAGS = "tags";

	static final String TRUST = "trust";

	static final String UNCERTAINTY = "uncertainty";

	static final String SWITCHING_COST = "switchingCost";

	static final String AT_RISK = "atRisk";

	static final String RISK_RULES = "riskRules";

	static final String COUNTS = "counts";

	static final String LAST_INTERACTION = "lastInteraction";

	static final String LAST_INTERACTION_AT = "lastInteraction.occurredAt";

	static final String OPENED_AT = "openedAt";

	static final String DISSOLVED_AT = "dissolvedAt";

	static final String DISSOLUTION_REASON = "dissolutionReason";

	static final String VERSION = "version";

	static final String INTERACTIONS = "interactions";

	static final String TRANSACTIONS = "transactions";

	static final String CONFLICTS = "conflicts";

	static final String ADAPTATIONS = "adaptations";

	static final String ASSESSMENTS = "assessments";

	static final String CLASSIFICATIONS = "classifications";

	static final String STAGE_STEPS = "stageSteps";

	private static final List<String> COUNTERS = List.of(INTERACTIONS, TRANSACTIONS, CONFLICTS, ADAPTATIONS,
			ASSESSMENTS, CLASSIFICATIONS, STAGE_STEPS);

	private SummaryDocument() {
	}

	static Document opened(RelationshipOpenedEvent event) {
		Document counts = new Document();
		COUNTERS.forEach((counter) -> counts.put(counter, 0L));
		return new Document(SUPPLIER, organisation(event.supplier())).append(CLIENT, organisation(event.client()))
			.append(STAGE, event.stage().name())
			.append(RELATIONAL_TYPE, event.relationalType().name())
			.append(TAGS, (event.tags() != null) ? event.tags() : List.of())
			.append(TRUST, event.trust())
			.append(UNCERTAINTY, event.uncertainty())
			.append(SWITCHING_COST, event.switchingCost())
			.append(AT_RISK, false)
			.append(RISK_RULES, List.of())
			.append(COUNTS, counts)
			.append(LAST_INTERACTION, null)
			.append(OPENED_AT, StoredInstant.write(event.openedAt()))
			.append(DISSOLVED_AT, null)
			.append(DISSOLUTION_REASON, null);
	}

	static Document lastInteraction(InteractionRecordedEvent event) {
		return new Document("interactionId", event.interactionId()).append("kind", event.kind().name())
			.append("outcome", event.outcome().name())
			.append("occurredAt", StoredInstant.write(event.occurredAt()));
	}

	static void count(Document summary, String counter) {
		Document counts = summary.get(COUNTS, Document.class);
		counts.put(counter, counts.getLong(counter) + 1);
	}

	static RelationshipSummaryView toView(Document summary) {
		Document counts = summary.get(COUNTS, Document.class);
		Document last = summary.get(LAST_INTERACTION, Document.class);
		String reason = summary.getString(DISSOLUTION_REASON);
		return new RelationshipSummaryView(summary.getString("_id"),
				toOrganisation(summary.get(SUPPLIER, Document.class)),
				toOrganisation(summary.get(CLIENT, Document.class)), Stage.valueOf(summary.getString(STAGE)),
				RelationalType.valueOf(summary.getString(RELATIONAL_TYPE)), summary.getList(TAGS, String.class),
				summary.getDouble(TRUST), summary.getDouble(UNCERTAINTY), summary.getDouble(SWITCHING_COST),
				summary.getBoolean(AT_RISK), summary.getList(RISK_RULES, String.class),
				new RelationshipCountsView(counts.getLong(INTERACTIONS), counts.getLong(TRANSACTIONS),
						counts.getLong(CONFLICTS), counts.getLong(ADAPTATIONS), counts.getLong(ASSESSMENTS),
						counts.getLong(CLASSIFICATIONS), counts.getLong(STAGE_STEPS)),
				(last != null) ? new LastInteractionView(last.getString("interactionId"),
						InteractionKind.valueOf(last.getString("kind")), Outcome.valueOf(last.getString("outcome")),
						StoredInstant.read(last.getString("occurredAt"))) : null,
				StoredInstant.read(summary.getString(OPENED_AT)), StoredInstant.read(summary.getString(DISSOLVED_AT)),
				(reason != null) ? DissolutionReason.valueOf(reason) : null, summary.getLong(VERSION));
	}

	private static Document organisation(Organisation organisation) {
		return new Document("id", organisation.id()).append("name", organisation.name());
	}

	private static Organisation toOrganisation(Document organisation) {
		return new Organisation(organisation.getString("id"), organisation.getString("name"));
	}

}
