package io.dyad.command.relationship;

/** Trust and uncertainty, each in [0, 1]. */
record TrustScores(double trust, double uncertainty) {
}
