package io.dyad.query.config;

import java.util.List;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails to write must not skip the event, as Axon's default logging
 * handler would: the error reaches the processor, which backs off and retries the batch
 * from its last token. The handlers are idempotent, so retried events change nothing
 * twice.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionErrorHandling {

	static final List<String> PROJECTIONS = List.of("relationship-summary", "stage-history", "trust-trajectory",
			"analytics");

	@Bean
	ConfigurerModule projectionsRetryFailedEvents() {
		return (configurer) -> configurer.eventProcessing((processing) -> PROJECTIONS.forEach((group) -> processing
			.registerListenerInvocationErrorHandler(group, (config) -> PropagatingErrorHandler.instance())));
	}

}
