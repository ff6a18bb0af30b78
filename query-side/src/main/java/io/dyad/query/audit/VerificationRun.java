package io.dyad.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dyad.query.audit.Verification.FirstInvalid;

/**
 * The progress of one verification of every relationship; updated by the run's thread,
 * read by requests.
 */
final class VerificationRun {

	private final String runId;

	private final Instant startedAt;

	private Integer relationshipsTotal;

	private int relationshipsChecked;

	private long eventsChecked;

	private final List<InvalidRelationship> invalid = new ArrayList<>();

	private Instant finishedAt;

	private String failure;

	VerificationRun(String runId, Instant startedAt) {
		this.runId = runId;
		this.startedAt = startedAt;
	}

	String runId() {
		return this.runId;
	}

	synchronized void discovered(int relationships) {
		this.relationshipsTotal = relationships;
	}

	synchronized void checked(String relationshipId, Verification verification) {
		this.relationshipsChecked++;
		this.eventsChecked += verification.eventsChecked();
		if (!verification.valid()) {
			this.invalid.add(new InvalidRelationship(relationshipId, verification.firstInvalid()));
		}
	}

	synchronized void finished(Instant at) {
		this.finishedAt = at;
	}

	synchronized void failed(Instant at, Exception cause) {
		this.finishedAt = at;
		this.failure = cause.toString();
	}

	synchronized Progress progress() {
		return new Progress(this.runId, this.startedAt, this.finishedAt, this.finishedAt != null,
				this.relationshipsTotal, this.relationshipsChecked, this.eventsChecked, List.copyOf(this.invalid),
				this.failure);
	}

	/**
	 * @param relationshipsTotal null while the relationships are still being listed
	 * @param failure why the run stopped early, absent when it did not
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Progress(String runId, Instant startedAt, Instant finishedAt, boolean done, Integer relationshipsTotal,
			int relationshipsChecked, long eventsChecked, List<InvalidRelationship> invalid, String failure) {
	}

	record InvalidRelationship(String relationshipId, FirstInvalid firstInvalid) {
	}

}
