package io.dyad.standalone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the event store at the data directory unless a JDBC URL is configured, and
 * checks before anything starts that the directory can be written, so a bad setting fails
 * with one clear message.
 */
public class EmbeddedStoresEnvironment implements EnvironmentPostProcessor {

	static final String DATA_DIR = "dyad.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean embeddedEvents = !environment.containsProperty("spring.datasource.url");
		boolean embeddedProjections = !environment.containsProperty("spring.data.mongodb.uri");
		if (!embeddedEvents && !embeddedProjections) {
			return;
		}
		Path dataDir = dataDirectory(environment);
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put(DATA_DIR, dataDir.toString());
		if (embeddedEvents) {
			// WRITE_DELAY=0 makes H2 write each commit before the command is
			// acknowledged.
			defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("events") + ";WRITE_DELAY=0");
			defaults.put("spring.datasource.username", "dyad");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("dyadEmbeddedStores", defaults));
	}

	static Path dataDirectory(ConfigurableEnvironment environment) {
		Path dataDir = Path.of(environment.getProperty(DATA_DIR, "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new DataDirectoryException(dataDir,
					"it cannot be created (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
		if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
			throw new DataDirectoryException(dataDir, "it is not a writable directory");
		}
		return dataDir;
	}

}
