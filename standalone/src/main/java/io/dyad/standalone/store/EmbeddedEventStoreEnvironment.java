package io.dyad.standalone.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dyad.query.store.DataDirectory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the event store at an H2 file in the data directory unless a JDBC URL is
 * configured. The query side does the same for the projections' embedded MongoDB.
 */
public class EmbeddedEventStoreEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Path dataDir = DataDirectory.of(environment);
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put(DataDirectory.PROPERTY, dataDir.toString());
		defaults.put("spring.datasource.url", url(dataDir));
		defaults.put("spring.datasource.username", "dyad");
		environment.getPropertySources().addFirst(new MapPropertySource("dyadEmbeddedEvents", defaults));
	}

	/**
	 * H2 writes no commit itself ({@link GroupCommit#H2_WRITE_DELAY}):
	 * {@link GroupCommit} writes each before the command is acknowledged. The store
	 * closes with its connection pool, after the processors have stopped reading it; H2's
	 * own shutdown hook closed it under them. {@code async:} file access finishes an I/O
	 * call of an interrupted thread and keeps its interrupt: with plain file access the
	 * interrupt closes the file and the whole store with it, and Axon interrupts a
	 * processor thread that has not stopped five seconds after it was told to.
	 */
	static String url(Path dataDir) {
		return "jdbc:h2:async:" + dataDir.resolve("events") + ";WRITE_DELAY=" + GroupCommit.H2_WRITE_DELAY
				+ ";DB_CLOSE_ON_EXIT=FALSE";
	}

}
