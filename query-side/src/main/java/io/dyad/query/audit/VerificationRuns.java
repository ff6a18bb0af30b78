package io.dyad.query.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Verifies every relationship in the background, one run at a time, keeping the latest
 * runs' progress in memory.
 */
@Component
class VerificationRuns {

	static final int KEPT_RUNS = 20;

	private final EventHistory history;

	private final RelationshipVerifier verifier;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "audit-verification");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, VerificationRun> runs = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, VerificationRun> eldest) {
			return size() > KEPT_RUNS;
		}
	};

	VerificationRuns(EventHistory history, RelationshipVerifier verifier) {
		this.history = history;
		this.verifier = verifier;
	}

	VerificationRun start() {
		VerificationRun run = new VerificationRun(UUID.randomUUID().toString(), this.clock.instant());
		synchronized (this.runs) {
			this.runs.put(run.runId(), run);
		}
		this.executor.execute(() -> execute(run));
		return run;
	}

	Optional<VerificationRun> find(String runId) {
		synchronized (this.runs) {
			return Optional.ofNullable(this.runs.get(runId));
		}
	}

	private void execute(VerificationRun run) {
		try {
			var relationshipIds = this.history.relationshipIds();
			run.discovered(relationshipIds.size());
			for (String relationshipId : relationshipIds) {
				run.checked(relationshipId, this.verifier.verify(relationshipId));
			}
			run.finished(this.clock.instant());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			run.failed(this.clock.instant(), ex);
		}
		catch (RuntimeException ex) {
			run.failed(this.clock.instant(), ex);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
