package io.dyad.query.store;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves and checks the data directory of the embedded projection store before anything
 * starts, unless {@code spring.data.mongodb.uri} names a real MongoDB.
 */
public class EmbeddedMongoEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.data.mongodb.uri")) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("dyadEmbeddedProjections",
					Map.of(DataDirectory.PROPERTY, DataDirectory.of(environment).toString())));
	}

}
