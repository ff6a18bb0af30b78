package io.dyad.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The figures of one run, printed as a table and written as Markdown and JSON. */
final class Report {

	record Figure(String measure, double value, String unit, String note) {
	}

	private final List<Figure> figures = new ArrayList<>();

	private final Map<String, Object> machine = new LinkedHashMap<>();

	private final Map<String, Object> settings = new LinkedHashMap<>();

	Report(Options options) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		this.machine.put("cores", Runtime.getRuntime().availableProcessors());
		this.machine.put("memoryGiB", Math.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024 * 10) / 10.0);
		this.machine.put("loadAverageAtStart", os.getSystemLoadAverage());
		this.machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		this.machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		this.settings.put("jar", options.jar().toString());
		this.settings.put("phases", options.phases().stream().sorted().toList());
		this.settings.put("relationships", options.relationships());
		this.settings.put("longEvents", options.longEvents());
		this.settings.put("events", options.events());
		this.settings.put("rounds", options.rounds());
		this.settings.put("secondsPerRound", options.seconds());
		this.settings.put("lagRate", options.lagRate());
		this.settings.put("queryRate", options.queryRate());
		this.settings.put("serverHeap", DyadBenchmarks.SERVER_HEAP);
	}

	void add(String measure, double value, String unit, String note) {
		Figure figure = new Figure(measure, value, unit, note);
		this.figures.add(figure);
		System.out.printf(Locale.ROOT, "%-58s %12s %-10s %s%n", measure, format(value), unit, note);
	}

	void write(Path directory, String label) throws IOException {
		Files.createDirectories(directory);
		StringBuilder markdown = new StringBuilder("# Dyad benchmark: ").append(label).append("\n\n");
		markdown.append("Run ").append(Instant.now()).append(". Machine: ").append(this.machine).append(".\n\n");
		markdown.append("Settings: ").append(this.settings).append(".\n\n");
		markdown.append("| Measure | Value | Unit | Note |\n|---|---:|---|---|\n");
		for (Figure figure : this.figures) {
			markdown.append("| ")
				.append(figure.measure())
				.append(" | ")
				.append(format(figure.value()))
				.append(" | ")
				.append(figure.unit())
				.append(" | ")
				.append(figure.note())
				.append(" |\n");
		}
		Files.writeString(directory.resolve(label + ".md"), markdown);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("label", label);
		json.put("run", Instant.now().toString());
		json.put("machine", this.machine);
		json.put("settings", this.settings);
		json.put("figures", this.figures);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.writeValue(directory.resolve(label + ".json").toFile(), json);
	}

	private static String format(double value) {
		return (value >= 100 || value == Math.rint(value)) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

}
