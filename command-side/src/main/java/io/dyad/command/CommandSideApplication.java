package io.dyad.command;

import io.dyad.api.runtime.OfflineStart;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side as a service of its own, connected to Axon Server, which stores the
 * events and snapshots and routes each relationship's commands to one instance. Its
 * settings are in {@code command-side.yml}, so they never mix with the standalone
 * application's.
 */
@SpringBootApplication
public class CommandSideApplication {

	public static void main(String[] args) {
		OfflineStart.prepare();
		new SpringApplicationBuilder(CommandSideApplication.class).properties("spring.config.name=command-side")
			.run(args);
	}

}
