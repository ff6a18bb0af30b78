package io.dyad.query.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/**
 * What the portfolio analytics need to know of one relationship. Immutable: each event
 * makes a new row, so a query reading rows while events are applied always sees whole
 * rows.
 */
final class AnalyticsRow {

	private final String relationshipId;

	private final long version;

	private final String supplierId;

	private final String clientId;

	private final List<String> tags;

	private final Instant openedAt;

	private final List<StageEntry> stages;

	private final List<TypeChange> types;

	private final double trust;

	private final double uncertainty;

	private final List<String> riskRules;

	private final List<RiskRaise> riskRaises;

	private final Dissolution dissolution;

	private final List<Assessment> assessments;

	AnalyticsRow(String relationshipId, long version, String supplierId, String clientId, List<String> tags,
			Instant openedAt, List<StageEntry> stages, List<TypeChange> types, double trust, double uncertainty,
			List<String> riskRules, List<RiskRaise> riskRaises, Dissolution dissolution, List<Assessment> assessments) {
		this.relationshipId = relationshipId;
		this.version = version;
		this.supplierId = supplierId;
		this.clientId = clientId;
		this.tags = List.copyOf(tags);
		this.openedAt = openedAt;
		this.stages = List.copyOf(stages);
		this.types = List.copyOf(types);
		this.trust = trust;
		this.uncertainty = uncertainty;
		this.riskRules = (riskRules != null) ? List.copyOf(riskRules) : null;
		this.riskRaises = List.copyOf(riskRaises);
		this.dissolution = dissolution;
		this.assessments = List.copyOf(assessments);
	}

	static AnalyticsRow opened(String relationshipId, long version, String supplierId, String clientId,
			List<String> tags, Instant openedAt, Stage stage, RelationalType type, double trust, double uncertainty) {
		return new AnalyticsRow(relationshipId, version, supplierId, clientId, (tags != null) ? tags : List.of(),
				openedAt, List.of(new StageEntry(stage, openedAt)), List.of(new TypeChange(type, openedAt)), trust,
				uncertainty, null, List.of(), null, List.of());
	}

	AnalyticsRow interacted(long version, double trust, double uncertainty) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				this.stages, this.types, trust, uncertainty, this.riskRules, this.riskRaises, this.dissolution,
				this.assessments);
	}

	AnalyticsRow advanced(long version, Stage to, Instant at) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				appended(this.stages, new StageEntry(to, at)), this.types, this.trust, this.uncertainty, this.riskRules,
				this.riskRaises, this.dissolution, this.assessments);
	}

	AnalyticsRow classified(long version, RelationalType type, Instant at) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				this.stages, appended(this.types, new TypeChange(type, at)), this.trust, this.uncertainty,
				this.riskRules, this.riskRaises, this.dissolution, this.assessments);
	}

	AnalyticsRow raisedRisk(long version, List<String> rules, Instant at) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				this.stages, this.types, this.trust, this.uncertainty, rules,
				appended(this.riskRaises, new RiskRaise(at, List.copyOf(rules))), this.dissolution, this.assessments);
	}

	AnalyticsRow clearedRisk(long version) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				this.stages, this.types, this.trust, this.uncertainty, null, this.riskRaises, this.dissolution,
				this.assessments);
	}

	AnalyticsRow dissolved(long version, Dissolution dissolution) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				this.stages, this.types, this.trust, this.uncertainty, this.riskRules, this.riskRaises, dissolution,
				this.assessments);
	}

	AnalyticsRow assessed(long version, Assessment assessment) {
		return new AnalyticsRow(this.relationshipId, version, this.supplierId, this.clientId, this.tags, this.openedAt,
				this.stages, this.types, this.trust, this.uncertainty, this.riskRules, this.riskRaises,
				this.dissolution, appended(this.assessments, assessment));
	}

	String relationshipId() {
		return this.relationshipId;
	}

	long version() {
		return this.version;
	}

	String supplierId() {
		return this.supplierId;
	}

	String clientId() {
		return this.clientId;
	}

	List<String> tags() {
		return this.tags;
	}

	Instant openedAt() {
		return this.openedAt;
	}

	/** The stages entered, oldest first, starting with the opening stage. */
	List<StageEntry> stages() {
		return this.stages;
	}

	/**
	 * The relational types held, oldest first, starting with the one given at opening.
	 */
	List<TypeChange> types() {
		return this.types;
	}

	double trust() {
		return this.trust;
	}

	double uncertainty() {
		return this.uncertainty;
	}

	/**
	 * The risk rules that held when the relationship became at risk; null when not at
	 * risk.
	 */
	List<String> riskRules() {
		return this.riskRules;
	}

	List<RiskRaise> riskRaises() {
		return this.riskRaises;
	}

	Dissolution dissolution() {
		return this.dissolution;
	}

	List<Assessment> assessments() {
		return this.assessments;
	}

	Stage stage() {
		return this.stages.get(this.stages.size() - 1).stage();
	}

	RelationalType relationalType() {
		return this.types.get(this.types.size() - 1).type();
	}

	boolean atRisk() {
		return this.riskRules != null;
	}

	boolean reached(Stage stage) {
		for (StageEntry entry : this.stages) {
			if (entry.stage() == stage) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The stage held at the instant, or null when the relationship was not yet opened.
	 */
	Stage stageAsOf(Instant instant) {
		Stage held = null;
		for (StageEntry entry : this.stages) {
			if (!entry.enteredAt().isAfter(instant)) {
				held = entry.stage();
			}
		}
		return held;
	}

	/** The relational type held at the instant, or null before the opening. */
	RelationalType typeAsOf(Instant instant) {
		RelationalType held = null;
		for (TypeChange change : this.types) {
			if (!change.at().isAfter(instant)) {
				held = change.type();
			}
		}
		return held;
	}

	private static <T> List<T> appended(List<T> list, T element) {
		List<T> longer = new ArrayList<>(list.size() + 1);
		longer.addAll(list);
		longer.add(element);
		return Collections.unmodifiableList(longer);
	}

	record StageEntry(Stage stage, Instant enteredAt) {

	}

	record TypeChange(RelationalType type, Instant at) {

	}

	record RiskRaise(Instant at, List<String> rules) {

	}

	/**
	 * @param stage the stage the relationship was dissolved from
	 */
	record Dissolution(DissolutionReason reason, DissolutionInitiator initiatedBy, Instant occurredAt, Stage stage) {

	}

	record Assessment(Instant assessedAt, Map<Benefit, Double> benefits, Map<Negative, Double> negatives,
			Map<Perspective, Double> perspectives, double netBenefit, Exchange recommendedExchange) {

	}

}
