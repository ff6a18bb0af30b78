package io.dyad.query.config;

import org.axonframework.config.ConfigurerModule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits the segments each pooled processor of this instance claims, so that several
 * query-side instances split a projection's work instead of one holding every segment.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessorSharingProperties.class)
class ProcessorSharing {

	@Bean
	ConfigurerModule pooledProcessorsClaimTheirShare(ProcessorSharingProperties properties) {
		return (configurer) -> {
			if (properties.maxClaimedSegments() != null) {
				configurer
					.eventProcessing((processing) -> processing.registerPooledStreamingEventProcessorConfiguration(
							(config, builder) -> builder.maxClaimedSegments(properties.maxClaimedSegments())));
			}
		};
	}

}
