package io.dyad.command.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.dyad.api.CommandErrorDetails;
import io.dyad.api.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyRetrySchedulerTest {

	private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(2, Duration.ofMillis(1));

	@AfterEach
	void stop() {
		this.scheduler.destroy();
	}

	@Test
	void retriesACommandThatLostAnAppendRace() throws InterruptedException {
		CountDownLatch retried = new CountDownLatch(1);
		RuntimeException lostRace = new IllegalStateException("commit failed",
				new ConcurrencyException("sequence 7 already taken"));

		boolean scheduled = this.scheduler.scheduleRetry(new GenericCommandMessage<>("cmd"), lostRace,
				List.<Class<? extends Throwable>[]>of(new Class[] { IllegalStateException.class }), retried::countDown);

		assertThat(scheduled).isTrue();
		assertThat(retried.await(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void answersARefusalAtOnce() {
		RuntimeException refusal = new CommandExecutionException("dissolved", null,
				new CommandErrorDetails(ErrorCode.RELATIONSHIP_DISSOLVED, "dissolved", java.util.Map.of()));

		boolean scheduled = this.scheduler.scheduleRetry(new GenericCommandMessage<>("cmd"), refusal,
				List.<Class<? extends Throwable>[]>of(new Class[] { CommandExecutionException.class }), () -> {
				});

		assertThat(scheduled).isFalse();
	}

	@Test
	void givesUpAfterTheMaximumNumberOfRetries() {
		RuntimeException lostRace = new ConcurrencyException("sequence 7 already taken");
		Class<? extends Throwable>[] failure = new Class[] { ConcurrencyException.class };

		boolean scheduled = this.scheduler.scheduleRetry(new GenericCommandMessage<>("cmd"), lostRace,
				List.of(failure, failure, failure), () -> {
				});

		assertThat(scheduled).isFalse();
	}

}
