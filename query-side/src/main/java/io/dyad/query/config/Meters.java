package io.dyad.query.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Axon's metric registry, which is made only when none is. */
@Configuration(proxyBeanMethods = false)
class Meters {

	@Bean
	GlobalMetricRegistry processorMeters(MeterRegistry registry) {
		return new ProcessorMeters(registry);
	}

}
