package io.dyad.query.audit;

import java.time.Instant;
import java.util.List;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.ResourcesAdaptedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/**
 * Folds a relationship's events into its state by taking the values the events recorded:
 * no trust, stage or risk rule is re-run, so the state is what the command side decided
 * at the time, whatever the rules say today.
 */
final class StateFold {

	private String relationshipId;

	private long version = -1;

	private Stage stage;

	private RelationalType relationalType;

	private double trust;

	private double uncertainty;

	private double switchingCost;

	private boolean atRisk;

	private List<String> riskRules = List.of();

	private int interactions;

	private int transactions;

	private int adaptations;

	private int assessments;

	private int conflicts;

	private Instant openedAt;

	private Instant dissolvedAt;

	/** Events of types this fold does not know still count towards the version. */
	void apply(long sequenceNumber, Object event) {
		this.version = sequenceNumber;
		if (event instanceof RelationshipOpenedEvent opened) {
			this.relationshipId = opened.relationshipId();
			this.stage = opened.stage();
			this.relationalType = opened.relationalType();
			this.trust = opened.trust();
			this.uncertainty = opened.uncertainty();
			this.switchingCost = opened.switchingCost();
			this.openedAt = opened.openedAt();
		}
		else if (event instanceof InteractionRecordedEvent interaction) {
			this.trust = interaction.trust();
			this.uncertainty = interaction.uncertainty();
			this.interactions++;
			this.transactions += (interaction.kind() == InteractionKind.TRANSACTION) ? 1 : 0;
			this.conflicts += (interaction.kind() == InteractionKind.CONFLICT) ? 1 : 0;
		}
		else if (event instanceof ResourcesAdaptedEvent adaptation) {
			this.switchingCost = adaptation.switchingCost();
			this.adaptations++;
		}
		else if (event instanceof RelationshipAssessedEvent) {
			this.assessments++;
		}
		else if (event instanceof RelationshipClassifiedEvent classification) {
			this.relationalType = classification.relationalType();
		}
		else if (event instanceof StageAdvancedEvent step) {
			this.stage = step.to();
		}
		else if (event instanceof RelationshipDissolvedEvent dissolution) {
			this.dissolvedAt = dissolution.occurredAt();
		}
		else if (event instanceof RelationshipAtRiskEvent risk) {
			this.atRisk = true;
			this.riskRules = List.copyOf(risk.rules());
		}
		else if (event instanceof RiskClearedEvent) {
			this.atRisk = false;
			this.riskRules = List.of();
		}
	}

	boolean opened() {
		return this.openedAt != null;
	}

	RelationshipState state(Instant asOf, Instant knownAt) {
		return new RelationshipState(this.relationshipId, asOf, knownAt, this.version, this.stage, this.relationalType,
				this.trust, this.uncertainty, this.switchingCost, this.atRisk, this.riskRules,
				new RelationshipState.Counts(this.interactions, this.transactions, this.adaptations, this.assessments,
						this.conflicts),
				this.openedAt, this.dissolvedAt);
	}

}
