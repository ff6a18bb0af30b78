package io.dyad.standalone.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

/**
 * Reads the events after a tracking token's position together with those in its gaps as
 * two index lookups joined by {@code UNION ALL}. Axon's default joins them with
 * {@code OR}, which H2 answers by scanning the whole event table, so every fetch of a
 * tracking processor cost more as the store grew. PostgreSQL runs both forms on its
 * index.
 */
final class TrackedEventsWithGaps implements ReadEventDataWithGapsStatementBuilder {

	@Override
	public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
			List<Long> gaps) throws SQLException {
		String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
		String sql = select + schema.globalIndexColumn() + " > ? AND " + schema.globalIndexColumn() + " <= ?"
				+ " UNION ALL " + select + schema.globalIndexColumn() + " IN ("
				+ String.join(",", Collections.nCopies(gaps.size(), "?")) + ") ORDER BY " + schema.globalIndexColumn()
				+ " ASC";
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.setLong(1, globalIndex);
		statement.setLong(2, globalIndex + batchSize);
		for (int i = 0; i < gaps.size(); i++) {
			statement.setLong(i + 3, gaps.get(i));
		}
		return statement;
	}

}
