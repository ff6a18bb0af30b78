package io.dyad.standalone.store;

import java.sql.SQLException;

/** The SQL database that holds the events cannot be reached at start. */
class EventStoreUnavailableException extends RuntimeException {

	EventStoreUnavailableException(SQLException cause) {
		super("The event store database cannot be reached: " + cause.getMessage(), cause);
	}

}
