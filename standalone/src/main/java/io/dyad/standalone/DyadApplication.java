package io.dyad.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Dyad in one process: the command side and the query side over embedded, on-disk stores.
 */
@SpringBootApplication(scanBasePackages = "io.dyad")
@ConfigurationPropertiesScan("io.dyad")
public class DyadApplication {

	public static void main(String[] args) {
		// Axon checks for updates over the network at start; Dyad must start offline.
		if (System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
			System.setProperty("axoniq.update-checker.disabled", "true");
		}
		System.setProperty("disable-axoniq-console-message", "true");
		SpringApplication.run(DyadApplication.class, args);
	}

}
