package io.dyad.api.query;

/** Something new about a watched relationship. */
public sealed interface RelationshipUpdate permits TrustPointAdded, StageStepTaken {

	String relationshipId();

	/** The sequence number of the event that brought the news. */
	long version();

}
