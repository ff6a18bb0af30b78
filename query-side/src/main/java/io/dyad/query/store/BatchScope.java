package io.dyad.query.store;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A projection's pending changes for one processor batch: a streaming processor handles a
 * batch of events in one unit of work, so the handlers change a state held by that unit
 * of work and the store is written once per batch. The state is written as the handler of
 * the batch's last event ends, before the processor stores the batch's token as the unit
 * of work commits: a failed write fails that handler, the unit of work rolls back and the
 * processor retries the batch from its last token. Outside a unit of work each change is
 * written at once.
 *
 * @param <S> the pending changes
 */
public final class BatchScope<S> {

	private final String resourceKey;

	private final Function<Set<String>, S> newState;

	private final Consumer<S> write;

	/**
	 * @param name names the scope among the unit of work's resources
	 * @param newState starts the pending changes of a batch, given the ids of the
	 * relationships its events belong to, so that it can read their documents at once
	 * @param write writes the pending changes to the store
	 */
	public BatchScope(String name, Function<Set<String>, S> newState, Consumer<S> write) {
		this.resourceKey = BatchScope.class.getName() + "." + name;
		this.newState = newState;
		this.write = write;
	}

	/** Applies a change to the batch's pending changes. */
	public <R> R apply(Function<S, R> change) {
		if (!CurrentUnitOfWork.isStarted()) {
			S state = this.newState.apply(Set.of());
			R result = change.apply(state);
			this.write.accept(state);
			return result;
		}
		UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
		Pending pending = unitOfWork.getOrComputeResource(this.resourceKey, (key) -> {
			Pending started = new Pending(relationshipIds(unitOfWork));
			// For units of work of single events; a batch is written at its last event.
			unitOfWork.onPrepareCommit((committing) -> started.write());
			return started;
		});
		R result = change.apply(pending.state);
		if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
			pending.write();
		}
		return result;
	}

	/** Events from the store name their relationship as the aggregate they come from. */
	private static Set<String> relationshipIds(UnitOfWork<?> unitOfWork) {
		Set<String> ids = new LinkedHashSet<>();
		if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
			for (Object message : batch.getMessages()) {
				if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
					ids.add(event.getAggregateIdentifier());
				}
			}
		}
		return ids;
	}

	private final class Pending {

		private S state;

		Pending(Set<String> relationshipIds) {
			this.state = BatchScope.this.newState.apply(relationshipIds);
		}

		void write() {
			BatchScope.this.write.accept(this.state);
			this.state = BatchScope.this.newState.apply(Set.of());
		}

	}

}
