package io.dyad.benchmarks;

import java.time.Duration;
import java.util.Map;

/**
 * Hands the harness's settings to a simulation through system properties: Gatling
 * instantiates a simulation by its class name, with no arguments.
 */
final class Parameters {

	private static final String PREFIX = "dyad.bench.";

	private Parameters() {
	}

	/** Replaces the parameters of the previous run. */
	static void set(Map<String, ?> values) {
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith(PREFIX))
			.forEach(System::clearProperty);
		values.forEach((name, value) -> System.setProperty(PREFIX + name, String.valueOf(value)));
	}

	static String text(String name) {
		String value = System.getProperty(PREFIX + name);
		if (value == null) {
			throw new IllegalStateException("the simulation needs the parameter " + name);
		}
		return value;
	}

	static int integer(String name) {
		return Integer.parseInt(text(name));
	}

	static long number(String name) {
		return Long.parseLong(text(name));
	}

	static Duration seconds(String name) {
		return Duration.ofSeconds(number(name));
	}

}
