package io.dyad.benchmarks;

import java.io.IOException;
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

/**
 * The figures of one run, each beside its goal, printed as they come and as a table at
 * the end, and written as Markdown and JSON.
 */
final class Report {

	record Figure(String measure, double value, String unit, String goal, String met, String note) {
	}

	private final List<Figure> figures = new ArrayList<>();

	private final Map<String, Object> machine = Machine.describe();

	private final Map<String, Object> settings = new LinkedHashMap<>();

	Report(Options options) {
		this.settings.put("jar", options.jar().toString());
		this.settings.put("phases", Options.ALL.stream().filter(options::runs).toList());
		this.settings.put("relationships", options.relationships());
		this.settings.put("longEvents", options.longEvents());
		this.settings.put("events", options.events());
		this.settings.put("rounds", options.rounds());
		this.settings.put("secondsPerRound", options.seconds());
		this.settings.put("warmupSeconds", options.warmupSeconds());
		this.settings.put("lagRate", options.lagRate());
		this.settings.put("queryRate", options.queryRate());
		if (options.runs("growth")) {
			this.settings.put("growthFrom", options.growthFrom());
			this.settings.put("growthEvents", options.growthEvents());
		}
		options.eventStore().ifPresent((store) -> this.settings.put("eventStore", store.toString()));
		this.settings.put("serverHeap", DyadServer.HEAP);
	}

	void add(String measure, double value, String unit, String note) {
		add(measure, value, unit, Goal.NONE, note);
	}

	void add(String measure, double value, String unit, Goal goal, String note) {
		Figure figure = new Figure(measure, value, unit, goal.text(), goal.verdict(), note);
		this.figures.add(figure);
		System.out.println("= " + line(figure));
	}

	/** Prints the table and writes it as {@code <label>.md} and {@code <label>.json}. */
	void write(Path directory, String label) throws IOException {
		this.machine.put("loadAverageAtEnd", Machine.loadAverage());
		System.out.printf(Locale.ROOT, "%n%-44s %10s %-10s %-8s %-8s %s%n", "Measure", "Value", "Unit", "Goal", "Met",
				"Note");
		this.figures.forEach((figure) -> System.out.println(line(figure)));
		Files.createDirectories(directory);
		StringBuilder markdown = new StringBuilder("# Dyad benchmark: ").append(label).append("\n\n");
		markdown.append("Run ").append(Instant.now()).append(". Machine: ").append(this.machine).append(".\n\n");
		markdown.append("Settings: ").append(this.settings).append(".\n\n");
		markdown.append("| Measure | Value | Unit | Goal | Met | Note |\n|---|---:|---|---|---|---|\n");
		for (Figure figure : this.figures) {
			markdown
				.append(String.join(" | ", "| " + figure.measure(), format(figure.value()), figure.unit(),
						figure.goal(), figure.met(), figure.note().replace('|', '/')))
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
		System.out.println("\nWritten to " + directory.resolve(label + ".md") + " and .json");
	}

	static String format(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return (Math.abs(value) >= 100 || value == Math.rint(value)) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	private static String line(Figure figure) {
		return String.format(Locale.ROOT, "%-44s %10s %-10s %-8s %-8s %s", figure.measure(), format(figure.value()),
				figure.unit(), figure.goal(), figure.met(), figure.note());
	}

}
