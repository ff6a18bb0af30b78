package io.dyad.command.integrity;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chains every event the command side stores to the one before it. Infrastructure, not
 * domain: the aggregate never sees the hashes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrityProperties.class)
class IntegrityConfiguration {

	@Bean
	EventChainInterceptor eventChainInterceptor(EventStore eventStore,
			@Qualifier("eventSerializer") Serializer eventSerializer, IntegrityProperties properties) {
		EventChainInterceptor interceptor = new EventChainInterceptor(eventStore, eventSerializer,
				new ChainHeads(properties.chainCacheSize()));
		eventStore.registerDispatchInterceptor(interceptor);
		return interceptor;
	}

}
