package io.dyad.benchmarks;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Open model: RecordInteraction at a fixed arrival rate over the watched relationships,
 * whatever the answers do, while the live update stream of each watched relationship
 * tells the probe which versions the projections have written. After the last command the
 * run waits until every acknowledged version has been seen.
 */
public class ProjectionLagSimulation extends Simulation {

	private static final Duration WAIT_LIMIT = Duration.ofMinutes(10);

	private static final Duration WAIT_STEP = Duration.ofMillis(10);

	private static volatile LagProbe lastProbe;

	private final Cohort watched = Cohort.parameter("relationships");

	private final LagProbe probe;

	private LiveUpdates updates;

	public ProjectionLagSimulation() {
		Duration length = Parameters.seconds("seconds");
		this.probe = new LagProbe(length);
		lastProbe = this.probe;
		ScenarioBuilder commands = scenario("commands").feed(this.watched.roundRobinFeeder()).exec((session) -> {
			this.probe.sending();
			return session;
		})
			.exec(Requests.recordInteraction(ClosedLoopSimulation.RECORD_INTERACTION)
				.check(jsonPath("$.version").ofLong().saveAs("version")))
			.exec((session) -> {
				this.probe.answered(Requests.relationship(session),
						session.contains("version") ? session.getLong("version") : null);
				return session;
			});
		setUp(commands.injectOpen(constantUsersPerSec(Parameters.integer("rate")).during(length)))
			.protocols(Requests.protocol().shareConnections());
	}

	@Override
	public void before() {
		try {
			this.updates = LiveUpdates.open(Parameters.text("base-url"), this.watched.ids(), this.probe);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while opening the live updates", ex);
		}
	}

	/**
	 * Waits, within a limit, until every acknowledged version was seen; nothing to wait
	 * for when the streams did not open.
	 */
	@Override
	public void after() {
		if (this.updates == null) {
			return;
		}
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		try {
			while (this.probe.active() && System.nanoTime() < deadline) {
				this.updates.requireAllOpen();
				Thread.sleep(WAIT_STEP.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.updates.close();
		}
	}

	/** The probe of the last run, read by the harness once Gatling has returned. */
	static LagProbe lastProbe() {
		return lastProbe;
	}

}
