package io.dyad.command.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import org.springframework.beans.factory.DisposableBean;

/**
 * Retries a command only when it lost a race to append to its relationship, so that two
 * concurrent commands both get recorded. Refusals and other failures are answered at
 * once: retrying them would give the same answer later.
 */
final class ConcurrencyRetryScheduler implements RetryScheduler, DisposableBean {

	private final ScheduledExecutorService executor;

	private final RetryScheduler backOff;

	ConcurrencyRetryScheduler(int maxRetries, Duration backoff) {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "command-retry");
			thread.setDaemon(true);
			return thread;
		});
		this.backOff = ExponentialBackOffIntervalRetryScheduler.builder()
			.retryExecutor(this.executor)
			.maxRetryCount(maxRetries)
			.backoffFactor(backoff.toMillis())
			.build();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public boolean scheduleRetry(CommandMessage command, RuntimeException lastFailure,
			List<Class<? extends Throwable>[]> failures, Runnable dispatch) {
		return lostAppendRace(lastFailure) && this.backOff.scheduleRetry(command, lastFailure, failures, dispatch);
	}

	static boolean lostAppendRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
