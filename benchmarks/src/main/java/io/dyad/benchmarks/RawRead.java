package io.dyad.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Measures {@link RawEventReadBenchmark} with JMH, in a JVM of its own, over the stopped
 * application's event store: one warm-up read, then the measured ones.
 */
final class RawRead {

	/** The events read, and JMH's figures for one read of them all, in seconds. */
	record Result(long events, double median, double mean, double error, long reads) {

		double eventsPerSecond() {
			return this.events / this.median;
		}

		String describe() {
			String reads = ((this.reads == 1) ? "1 read" : "median of " + this.reads + " reads")
					+ " after 1 warm-up read";
			return Double.isNaN(this.error) ? reads
					: reads + String.format(Locale.ROOT, ", mean %.2f ± %.2f s (99.9%%)", this.mean, this.error);
		}

	}

	private RawRead() {
	}

	static Result measure(String url, int reads, Path log) throws RunnerException, SQLException, IOException {
		long events;
		try (Connection connection = RawEventReadBenchmark.connect(url);
				Statement statement = connection.createStatement()) {
			events = RawEventReadBenchmark.count(statement);
		}
		Files.createDirectories(log.getParent());
		var options = new OptionsBuilder().include(Pattern.quote(RawEventReadBenchmark.class.getName()) + "\\.readAll")
			.param("url", url)
			.warmupIterations(1)
			.measurementIterations(reads)
			.forks(1)
			.output(log.toString())
			.build();
		RunResult run = new Runner(options).runSingle();
		Statistics seconds = run.getPrimaryResult().getStatistics();
		return new Result(events, seconds.getPercentile(50), seconds.getMean(),
				(seconds.getN() > 1) ? seconds.getMeanErrorAt(0.999) : Double.NaN, seconds.getN());
	}

}
