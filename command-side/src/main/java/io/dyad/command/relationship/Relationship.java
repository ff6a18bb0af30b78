package io.dyad.command.relationship;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.dyad.api.command.AdaptResourcesCommand;
import io.dyad.api.command.AssessRelationshipCommand;
import io.dyad.api.command.ClassifyRelationshipCommand;
import io.dyad.api.command.DissolveCommand;
import io.dyad.api.command.OpenRelationshipCommand;
import io.dyad.api.command.RecordInteractionCommand;
import io.dyad.api.command.RelationshipCommandResult;
import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipAtRiskEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RelationshipDissolvedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.ResourcesAdaptedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageRule;
import io.dyad.api.value.StageStep;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A business relationship between one supplier and one client: it guards the order of its
 * history, applies the trust model, stage policy and risk policy, and answers every
 * command with its state and the stage steps the command caused.
 * <p>
 * Its fields are its snapshot: Jackson reads and writes them directly.
 */
@Aggregate(snapshotTriggerDefinition = "relationshipSnapshotTrigger", cache = "relationshipCache",
		commandTargetResolver = "relationshipTargetResolver")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Relationship {

	static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	@AggregateIdentifier
	private String relationshipId;

	private long version;

	private Stage stage;

	private RelationalType relationalType;

	private double trust;

	private double uncertainty;

	private double switchingCost;

	private boolean atRisk;

	/** The latest business time recorded: no command may go back before it. */
	private Instant latest;

	private Instant dissolvedAt;

	private int transactionCount;

	private EnumMap<Party, Integer> adaptationsByParty = new EnumMap<>(Party.class);

	private int positiveJointProblemSolvingCount;

	private Instant expansionBegan;

	private List<Instant> recentConflicts = new ArrayList<>();

	/** By {@link #receiptKey}: the fingerprint and first answer of each command id. */
	private Map<String, Receipt> receipts = new HashMap<>();

	/** The receipt that the stage and risk events following a command belong to. */
	private String currentReceipt;

	Relationship() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	RelationshipCommandResult handle(OpenRelationshipCommand command) {
		String fingerprint = Fingerprint.of(command.supplier(), command.client(), command.relationalType(),
				command.tags(), command.openedAt());
		if (this.relationshipId != null) {
			refuseIfDissolved();
			return previousAnswer(receiptKey("relationshipId", this.relationshipId), fingerprint,
					() -> new RelationshipExistsException(this.relationshipId))
				.orElseThrow(() -> new RelationshipExistsException(this.relationshipId));
		}
		refuseIfInFuture(command.relationshipId(), "openedAt", command.openedAt());
		TrustScores initial = TrustModel.INITIAL;
		apply(new RelationshipOpenedEvent(command.relationshipId(), command.supplier(), command.client(),
				command.relationalType(), command.tags(), command.openedAt(), Stage.AWARENESS, initial.trust(),
				initial.uncertainty(), TrustModel.INITIAL_SWITCHING_COST, ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY));
		return this.receipts.get(receiptKey("relationshipId", this.relationshipId)).answer();
	}

	@CommandHandler
	RelationshipCommandResult handle(RecordInteractionCommand command) {
		refuseIfDissolved();
		String key = receiptKey("interactionId", command.interactionId());
		Optional<RelationshipCommandResult> previous = previousAnswer(key, fingerprint(command),
				() -> new IdReusedException(this.relationshipId, "interactionId", command.interactionId()));
		if (previous.isPresent()) {
			return previous.get();
		}
		refuseIfOutOfOrder("occurredAt", command.occurredAt());
		TrustScores scores = TrustModel.afterInteraction(new TrustScores(this.trust, this.uncertainty), command.kind(),
				command.outcome());
		apply(new InteractionRecordedEvent(this.relationshipId, command.interactionId(), command.kind(),
				command.outcome(), command.occurredAt(), command.monetaryValue(), command.summary(),
				command.initiatedBy(), TrustModel.weight(command.kind()), scores.trust(), scores.uncertainty(),
				ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		advanceAndAssessRisk(StageTrigger.interaction(command.interactionId(), command.kind(), command.occurredAt()));
		return this.receipts.get(key).answer();
	}

	@CommandHandler
	RelationshipCommandResult handle(AdaptResourcesCommand command) {
		refuseIfDissolved();
		String key = receiptKey("adaptationId", command.adaptationId());
		Optional<RelationshipCommandResult> previous = previousAnswer(key, fingerprint(command),
				() -> new IdReusedException(this.relationshipId, "adaptationId", command.adaptationId()));
		if (previous.isPresent()) {
			return previous.get();
		}
		refuseIfOutOfOrder("occurredAt", command.occurredAt());
		apply(new ResourcesAdaptedEvent(this.relationshipId, command.adaptationId(), command.adaptingParty(),
				command.resource(), command.magnitude(), command.investment(), command.description(),
				command.networkActors(), command.occurredAt(),
				TrustModel.switchingCostAfter(this.switchingCost, command.magnitude()), ModelVersions.TRUST_MODEL,
				ModelVersions.STAGE_POLICY));
		advanceAndAssessRisk(StageTrigger.adaptation(command.adaptationId(), command.occurredAt()));
		return this.receipts.get(key).answer();
	}

	@CommandHandler
	RelationshipCommandResult handle(AssessRelationshipCommand command) {
		refuseIfDissolved();
		String key = receiptKey("assessmentId", command.assessmentId());
		Optional<RelationshipCommandResult> previous = previousAnswer(key, fingerprint(command),
				() -> new IdReusedException(this.relationshipId, "assessmentId", command.assessmentId()));
		if (previous.isPresent()) {
			return previous.get();
		}
		refuseIfOutOfOrder("assessedAt", command.assessedAt());
		double netBenefit = AssessmentPolicy.netBenefit(command.benefits(), command.negatives());
		apply(new RelationshipAssessedEvent(this.relationshipId, command.assessmentId(), command.assessedAt(),
				new EnumMap<>(command.benefits()), new EnumMap<>(command.negatives()),
				new EnumMap<>(command.perspectives()), netBenefit, AssessmentPolicy.recommendedExchange(netBenefit),
				ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		return this.receipts.get(key).answer();
	}

	@CommandHandler
	RelationshipCommandResult handle(ClassifyRelationshipCommand command) {
		refuseIfDissolved();
		refuseIfOutOfOrder("classifiedAt", command.classifiedAt());
		apply(new RelationshipClassifiedEvent(this.relationshipId, this.relationalType, command.relationalType(),
				command.rationale(), command.classifiedAt()));
		return answer(List.of());
	}

	@CommandHandler
	RelationshipCommandResult handle(DissolveCommand command) {
		refuseIfDissolved();
		refuseIfOutOfOrder("occurredAt", command.occurredAt());
		Stage from = this.stage;
		RelationshipFacts facts = facts();
		apply(new RelationshipDissolvedEvent(this.relationshipId, command.reason(), command.initiatedBy(),
				command.occurredAt(), command.note(), from));
		apply(new StageAdvancedEvent(this.relationshipId, from, Stage.DISSOLUTION, StageRule.DISSOLVED.code(),
				command.occurredAt(), facts.evidence(null, command.occurredAt(), command.reason()),
				ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		return answer(
				List.of(new StageStep(from, Stage.DISSOLUTION, StageRule.DISSOLVED.code(), command.occurredAt())));
	}

	/** Stage steps first, one event each until no rule holds, then the risk. */
	private void advanceAndAssessRisk(StageTrigger trigger) {
		for (Optional<StageAdvance> step = StagePolicy.nextStep(facts(), trigger); step
			.isPresent(); step = StagePolicy.nextStep(facts(), trigger)) {
			StageAdvance advance = step.get();
			apply(new StageAdvancedEvent(this.relationshipId, advance.from(), advance.to(), advance.rule().code(),
					advance.at(), advance.evidence(), ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		}
		RelationshipFacts facts = facts();
		Set<RiskRule> holding = RiskPolicy.holding(facts, trigger.at());
		int conflicts = facts.conflictsWithin30DaysOf(trigger.at());
		if (!this.atRisk && !holding.isEmpty()) {
			apply(new RelationshipAtRiskEvent(this.relationshipId, holding.stream().map(RiskRule::code).toList(),
					trigger.at(), trigger.id(), this.trust, conflicts, ModelVersions.TRUST_MODEL,
					ModelVersions.STAGE_POLICY));
		}
		else if (this.atRisk && holding.isEmpty()) {
			apply(new RiskClearedEvent(this.relationshipId, trigger.at(), trigger.id(), this.trust, conflicts,
					ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		}
	}

	private void refuseIfDissolved() {
		if (this.dissolvedAt != null) {
			throw new RelationshipDissolvedException(this.relationshipId, this.dissolvedAt);
		}
	}

	/**
	 * The first answer if this id was seen with the same content; a refusal if it was
	 * seen with other content; empty if it is new.
	 */
	private Optional<RelationshipCommandResult> previousAnswer(String key, String fingerprint,
			Supplier<RelationshipRefusedException> reused) {
		Receipt receipt = this.receipts.get(key);
		if (receipt == null) {
			return Optional.empty();
		}
		if (!receipt.fingerprint().equals(fingerprint)) {
			throw reused.get();
		}
		return Optional.of(receipt.answer());
	}

	private void refuseIfOutOfOrder(String field, Instant at) {
		if (at.isBefore(this.latest)) {
			throw new OccurredBeforeLatestException(this.relationshipId, field, at, this.latest);
		}
		refuseIfInFuture(this.relationshipId, field, at);
	}

	private static void refuseIfInFuture(String relationshipId, String field, Instant at) {
		Instant latestAllowed = GenericEventMessage.clock.instant().plus(FUTURE_TOLERANCE);
		if (at.isAfter(latestAllowed)) {
			throw new OccurredInFutureException(relationshipId, field, at, latestAllowed);
		}
	}

	private RelationshipFacts facts() {
		return new RelationshipFacts(this.stage, this.trust, this.uncertainty, this.switchingCost,
				this.transactionCount, this.adaptationsByParty, this.positiveJointProblemSolvingCount,
				this.expansionBegan, this.recentConflicts);
	}

	private RelationshipCommandResult answer(List<StageStep> stageSteps) {
		return new RelationshipCommandResult(this.relationshipId, this.version, this.stage, this.relationalType,
				this.trust, this.uncertainty, this.switchingCost, this.atRisk, stageSteps);
	}

	private static String receiptKey(String field, String id) {
		return field + ":" + id;
	}

	private static String fingerprint(RecordInteractionCommand command) {
		return Fingerprint.of(command.kind(), command.outcome(), command.occurredAt(), command.monetaryValue(),
				command.summary(), command.initiatedBy());
	}

	private static String fingerprint(InteractionRecordedEvent event) {
		return Fingerprint.of(event.kind(), event.outcome(), event.occurredAt(), event.monetaryValue(), event.summary(),
				event.initiatedBy());
	}

	private static String fingerprint(AdaptResourcesCommand command) {
		return Fingerprint.of(command.adaptingParty(), command.resource(), command.magnitude(), command.investment(),
				command.description(), command.networkActors(), command.occurredAt());
	}

	private static String fingerprint(ResourcesAdaptedEvent event) {
		return Fingerprint.of(event.adaptingParty(), event.resource(), event.magnitude(), event.investment(),
				event.description(), event.networkActors(), event.occurredAt());
	}

	private static String fingerprint(AssessRelationshipCommand command) {
		return assessmentFingerprint(command.assessedAt(), command.benefits(), command.negatives(),
				command.perspectives());
	}

	private static String assessmentFingerprint(Instant assessedAt, Map<Benefit, Double> benefits,
			Map<Negative, Double> negatives, Map<Perspective, Double> perspectives) {
		return Fingerprint.of(assessedAt, benefits, negatives, perspectives);
	}

	@EventSourcingHandler
	void on(RelationshipOpenedEvent event, @SequenceNumber long sequence) {
		this.relationshipId = event.relationshipId();
		this.version = sequence;
		this.stage = event.stage();
		this.relationalType = event.relationalType();
		this.trust = event.trust();
		this.uncertainty = event.uncertainty();
		this.switchingCost = event.switchingCost();
		this.latest = event.openedAt();
		for (Party party : Party.values()) {
			this.adaptationsByParty.put(party, 0);
		}
		startReceipt(receiptKey("relationshipId", event.relationshipId()), Fingerprint.of(event.supplier(),
				event.client(), event.relationalType(), event.tags(), event.openedAt()));
	}

	@EventSourcingHandler
	void on(InteractionRecordedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.trust = event.trust();
		this.uncertainty = event.uncertainty();
		this.latest = event.occurredAt();
		if (event.kind() == InteractionKind.TRANSACTION) {
			this.transactionCount++;
		}
		if (event.kind() == InteractionKind.JOINT_PROBLEM_SOLVING && event.outcome() == Outcome.POSITIVE) {
			this.positiveJointProblemSolvingCount++;
		}
		// Business time only moves forward, so older conflicts can never count again.
		Instant windowStart = event.occurredAt().minus(RelationshipFacts.CONFLICT_WINDOW);
		this.recentConflicts.removeIf((conflict) -> conflict.isBefore(windowStart));
		if (event.kind() == InteractionKind.CONFLICT) {
			this.recentConflicts.add(event.occurredAt());
		}
		startReceipt(receiptKey("interactionId", event.interactionId()), fingerprint(event));
	}

	@EventSourcingHandler
	void on(ResourcesAdaptedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.switchingCost = event.switchingCost();
		this.latest = event.occurredAt();
		this.adaptationsByParty.merge(event.adaptingParty(), 1, Integer::sum);
		startReceipt(receiptKey("adaptationId", event.adaptationId()), fingerprint(event));
	}

	@EventSourcingHandler
	void on(RelationshipAssessedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.latest = event.assessedAt();
		startReceipt(receiptKey("assessmentId", event.assessmentId()),
				assessmentFingerprint(event.assessedAt(), event.benefits(), event.negatives(), event.perspectives()));
	}

	@EventSourcingHandler
	void on(RelationshipClassifiedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.relationalType = event.relationalType();
		this.latest = event.classifiedAt();
		this.currentReceipt = null;
	}

	@EventSourcingHandler
	void on(RelationshipDissolvedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.dissolvedAt = event.occurredAt();
		this.latest = event.occurredAt();
		this.currentReceipt = null;
	}

	@EventSourcingHandler
	void on(StageAdvancedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.stage = event.to();
		if (event.to() == Stage.EXPANSION) {
			this.expansionBegan = event.at();
		}
		extendReceipt(new StageStep(event.from(), event.to(), event.rule(), event.at()));
	}

	@EventSourcingHandler
	void on(RelationshipAtRiskEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.atRisk = true;
		extendReceipt(null);
	}

	@EventSourcingHandler
	void on(RiskClearedEvent event, @SequenceNumber long sequence) {
		this.version = sequence;
		this.atRisk = false;
		extendReceipt(null);
	}

	private void startReceipt(String key, String fingerprint) {
		this.currentReceipt = key;
		this.receipts.put(key, new Receipt(fingerprint, answer(List.of())));
	}

	/** Brings the current command's answer up to date with a stage or risk event. */
	private void extendReceipt(StageStep step) {
		Receipt receipt = (this.currentReceipt != null) ? this.receipts.get(this.currentReceipt) : null;
		if (receipt == null) {
			return;
		}
		List<StageStep> steps = new ArrayList<>(receipt.answer().stageSteps());
		if (step != null) {
			steps.add(step);
		}
		this.receipts.put(this.currentReceipt, receipt.withAnswer(answer(steps)));
	}

}
