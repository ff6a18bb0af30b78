package io.dyad.query.config;

import org.axonframework.messaging.correlation.CorrelationDataProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Axon's default correlation data provider, which is made only when none is. */
@Configuration(proxyBeanMethods = false)
class Correlation {

	@Bean
	CorrelationDataProvider requestOrigins() {
		return new RequestOrigins();
	}

}
