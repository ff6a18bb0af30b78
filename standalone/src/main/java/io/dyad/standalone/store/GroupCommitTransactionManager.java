package io.dyad.standalone.store;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JDBC transaction manager for the embedded event store: a transaction that
 * changed the store returns from its commit once the store's file holds it, so a command
 * is acknowledged only after its events are written. Transactions that only read do not
 * wait.
 */
final class GroupCommitTransactionManager extends JdbcTransactionManager {

	private final transient GroupCommit commits;

	GroupCommitTransactionManager(DataSource dataSource, GroupCommit commits) {
		super(dataSource);
		this.commits = commits;
	}

	GroupCommit commits() {
		return this.commits;
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		boolean changed = changedTheStore(status);
		super.doCommit(status);
		if (changed) {
			this.commits.awaitWritten();
		}
	}

	private static boolean changedTheStore(DefaultTransactionStatus status) {
		try {
			JdbcTransactionObjectSupport transaction = (JdbcTransactionObjectSupport) status.getTransaction();
			return !(transaction.getConnectionHolder()
				.getConnection()
				.unwrap(JdbcConnection.class)
				.getSession() instanceof SessionLocal session) || session.hasPendingTransaction();
		}
		catch (SQLException ex) {
			// Waiting for a write that was not needed costs one write at most.
			return true;
		}
	}

}
