package io.dyad.command.relationship;

import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.Outcome;

/**
 * Trust model v1: how interactions move trust and uncertainty, and how adaptations raise
 * the switching cost. Trust is lost three times faster than it is gained.
 */
final class TrustModel {

	static final TrustScores INITIAL = new TrustScores(0.30, 1.00);

	static final double INITIAL_SWITCHING_COST = 0.0;

	private TrustModel() {
	}

	static double weight(InteractionKind kind) {
		return switch (kind) {
			case COMMUNICATION, SOCIAL -> 0.5;
			case NEGOTIATION -> 0.75;
			case TRANSACTION, COORDINATION -> 1.0;
			case JOINT_PROBLEM_SOLVING, CONFLICT -> 1.5;
		};
	}

	static TrustScores afterInteraction(TrustScores before, InteractionKind kind, Outcome outcome) {
		double w = weight(kind);
		double t = before.trust();
		double u = before.uncertainty();
		return switch (outcome) {
			case POSITIVE -> scores(t + 0.10 * w * (1 - t), u * (1 - 0.15 * w));
			case NEUTRAL -> scores(t, u * (1 - 0.15 * w));
			case NEGATIVE -> scores(t - 0.30 * w * t, u + 0.20 * w * (1 - u));
		};
	}

	static double switchingCostAfter(double switchingCost, Magnitude magnitude) {
		double m = switch (magnitude) {
			case LOW -> 0.10;
			case MEDIUM -> 0.20;
			case HIGH -> 0.35;
		};
		return clamp(switchingCost + m * (1 - switchingCost));
	}

	private static TrustScores scores(double trust, double uncertainty) {
		return new TrustScores(clamp(trust), clamp(uncertainty));
	}

	private static double clamp(double value) {
		return Math.max(0.0, Math.min(1.0, value));
	}

}
