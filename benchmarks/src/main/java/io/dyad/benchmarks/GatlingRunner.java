package io.dyad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration$;
import io.gatling.javaapi.core.Simulation;
import scala.Option;

/**
 * Runs simulations in this process through Gatling's own launcher, each into a folder of
 * its own, and reads the figures back from the run's simulation log with the reader that
 * Gatling's reports are built from. Settings that apply to every run are in
 * {@code gatling.conf}.
 */
final class GatlingRunner {

	private final Path reports;

	private final String baseUrl;

	private int runs;

	GatlingRunner(Path reports, String baseUrl) {
		this.reports = reports;
		this.baseUrl = baseUrl;
	}

	/** Runs the simulation with these parameters and answers what it measured. */
	LoadStats run(Class<? extends Simulation> simulation, String description, Map<String, ?> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("base-url", this.baseUrl);
		Parameters.set(all);
		this.runs++;
		Path folder = this.reports.resolve("%03d-%s".formatted(this.runs, description.replaceAll("[^A-Za-z0-9]+", "-")))
			.toAbsolutePath();
		int status = Gatling$.MODULE$.fromArgs(new String[] { "--simulation", simulation.getName(), "--results-folder",
				folder.toString(), "--run-description", description });
		if (status != 0) {
			throw new IllegalStateException("Gatling ended " + description + " with status " + status);
		}
		return read(folder);
	}

	private static LoadStats read(Path folder) {
		Path run = onlyRun(folder);
		LogFileData log = LogFileReader
			.apply(run.getFileName().toString(), folder, GatlingConfiguration$.MODULE$.load())
			.read();
		// Gatling's own mean rate divides by the whole seconds the run touched, which
		// understates short runs; this is the time from the first user's start to the
		// last
		// answer.
		double seconds = (log.runInfo().injectEnd() - log.runInfo().injectStart()) / 1_000.0;
		Map<String, LoadStats.Request> requests = new HashMap<>();
		log.statsPaths().foreach((path) -> {
			if (path instanceof RequestStatsPath request && request.group().isEmpty()) {
				requests.put(request.request(), request(log, request.request(), seconds));
			}
			return null;
		});
		return new LoadStats(request(log, null, seconds), requests, run);
	}

	/**
	 * The figures of one request, or of all when the name is null. Gatling times whole
	 * milliseconds; its percentiles include failed answers, as its reports' do.
	 */
	private static LoadStats.Request request(LogFileData log, String name, double seconds) {
		Option<String> request = Option.apply(name);
		GeneralStats all = log.requestGeneralStats(request, Option.empty(), Option.empty()).get();
		Option<GeneralStats> ok = log.requestGeneralStats(request, Option.empty(), Option.apply((Status) OK$.MODULE$));
		Option<GeneralStats> failed = log.requestGeneralStats(request, Option.empty(),
				Option.apply((Status) KO$.MODULE$));
		long answered = ok.isDefined() ? ok.get().count() : 0;
		return new LoadStats.Request((name != null) ? name : "all", answered,
				failed.isDefined() ? failed.get().count() : 0, answered / seconds, percentile(all, 50),
				percentile(all, 99));
	}

	private static double percentile(GeneralStats stats, double rank) {
		return ((Number) stats.percentile().apply(rank)).doubleValue();
	}

	private static Path onlyRun(Path folder) {
		try (Stream<Path> runs = Files.list(folder)) {
			return runs.filter(Files::isDirectory)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Gatling wrote no run under " + folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
