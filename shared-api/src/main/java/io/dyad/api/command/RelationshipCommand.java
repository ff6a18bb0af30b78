package io.dyad.api.command;

/** A command addressed to one relationship. */
public interface RelationshipCommand {

	String relationshipId();

}
