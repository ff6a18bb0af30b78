package io.dyad.query.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;

/** Object mother for analytics rows, built the way the projection builds them. */
final class Rows {

	static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private Rows() {
	}

	static AnalyticsRow opened(String relationshipId) {
		return opened(relationshipId, "acme", "globex", OPENED_AT);
	}

	static AnalyticsRow opened(String relationshipId, String supplierId, String clientId, Instant openedAt) {
		return AnalyticsRow.opened(relationshipId, 0, supplierId, clientId, List.of("key-account"), openedAt,
				Stage.AWARENESS, RelationalType.PROSPECTING, 0.30, 1.00);
	}

	/**
	 * Moves the row through the stages after AWARENESS, staying the given days in each.
	 */
	static AnalyticsRow through(AnalyticsRow row, long... daysInEachStage) {
		AnalyticsRow moved = row;
		Instant at = row.openedAt();
		for (long days : daysInEachStage) {
			at = at.plus(Duration.ofDays(days));
			Stage next = Stage.values()[moved.stage().ordinal() + 1];
			moved = moved.advanced(moved.version() + 1, next, at);
		}
		return moved;
	}

	static AnalyticsRow dissolve(AnalyticsRow row, DissolutionReason reason, DissolutionInitiator initiator,
			Instant at) {
		AnalyticsRow dissolved = row.dissolved(row.version() + 1,
				new AnalyticsRow.Dissolution(reason, initiator, at, row.stage()));
		return dissolved.advanced(dissolved.version() + 1, Stage.DISSOLUTION, at);
	}

	static Instant day(long days) {
		return OPENED_AT.plus(Duration.ofDays(days));
	}

}
