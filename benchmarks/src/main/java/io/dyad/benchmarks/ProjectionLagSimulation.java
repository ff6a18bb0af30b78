package io.dyad.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Open model: RecordInteraction at a fixed arrival rate over the watched relationships,
 * whatever the answers do. Beside them a few pollers read the summary of each of their
 * relationships with acknowledged versions it does not show yet, in turn, until every
 * acknowledged version has been seen; so a lag includes up to one polling cycle.
 */
public class ProjectionLagSimulation extends Simulation {

	static final int POLLERS = 4;

	private static final Duration WAIT_LIMIT = Duration.ofMinutes(10);

	private static volatile LagProbe lastProbe;

	public ProjectionLagSimulation() {
		Cohort watched = Cohort.parameter("relationships");
		Duration length = Parameters.seconds("seconds");
		LagProbe probe = new LagProbe(length);
		lastProbe = probe;
		ScenarioBuilder commands = scenario("commands").feed(watched.roundRobinFeeder()).exec((session) -> {
			probe.sending();
			return session;
		})
			.exec(Requests.recordInteraction(ClosedLoopSimulation.RECORD_INTERACTION)
				.check(jsonPath("$.version").ofLong().saveAs("version")))
			.exec((session) -> {
				probe.answered(Requests.relationship(session),
						session.contains("version") ? session.getLong("version") : null);
				return session;
			});
		AtomicInteger pollers = new AtomicInteger();
		ScenarioBuilder polling = scenario("pollers")
			.exec((session) -> session.set("share", share(watched, pollers.getAndIncrement())))
			.exec(asLongAs((session) -> probe.active()).on(foreach("#{share}", Cohort.ATTRIBUTE)
				.on(doIf((session) -> probe.waitsFor(Requests.relationship(session))).then(poll(probe)))
				.pause(Duration.ofMillis(1))));
		setUp(commands.injectOpen(constantUsersPerSec(Parameters.integer("rate")).during(length)),
				polling.injectOpen(atOnceUsers(POLLERS)))
			.protocols(Requests.protocol().shareConnections())
			.maxDuration(length.plus(WAIT_LIMIT));
	}

	/** The probe of the last run, read by the harness once Gatling has returned. */
	static LagProbe lastProbe() {
		return lastProbe;
	}

	private static ChainBuilder poll(LagProbe probe) {
		return exec((session) -> session.remove("shown"))
			.exec(Requests.read("summary", "").check(jsonPath("$.version").ofLong().saveAs("shown")))
			.exec((session) -> {
				if (session.contains("shown")) {
					probe.shown(Requests.relationship(session), session.getLong("shown"));
				}
				return session;
			});
	}

	private static List<String> share(Cohort watched, int poller) {
		return IntStream.range(0, watched.size()).filter((i) -> i % POLLERS == poller).mapToObj(watched::id).toList();
	}

}
