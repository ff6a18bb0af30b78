package io.dyad.query.analytics;

import java.time.Instant;

/**
 * Which relationships an analytics answer covers: a supplier, a client segment (client
 * ids starting with a prefix, or a tag given at opening) and a business-time window,
 * bounds inclusive. Each table says which time the window applies to. Null means no
 * restriction.
 */
record AnalyticsFilter(String supplierId, String clientIdPrefix, String tag, Instant from, Instant to) {

	static final AnalyticsFilter NONE = new AnalyticsFilter(null, null, null, null, null);

	boolean includes(AnalyticsRow row) {
		return (this.supplierId == null || this.supplierId.equals(row.supplierId()))
				&& (this.clientIdPrefix == null || row.clientId().startsWith(this.clientIdPrefix))
				&& (this.tag == null || row.tags().contains(this.tag));
	}

	boolean within(Instant instant) {
		return (this.from == null || !instant.isBefore(this.from)) && (this.to == null || !instant.isAfter(this.to));
	}

}
