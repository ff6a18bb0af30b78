package io.dyad.query.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.micrometer.GlobalMetricRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces two Axon components that cost every processor time per handled event; Axon
 * makes its own only when none is given.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorOverhead {

	@Bean
	CorrelationDataProvider requestOrigins() {
		return new RequestOrigins();
	}

	@Bean
	GlobalMetricRegistry processorMeters(MeterRegistry registry) {
		return new ProcessorMeters(registry);
	}

}
