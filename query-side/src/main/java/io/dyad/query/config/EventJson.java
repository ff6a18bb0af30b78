package io.dyad.query.config;

import java.time.Instant;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How stored events are read: Axon's event serializer uses the application's object
 * mapper, and every processor deserializes every event it reads.
 */
@Configuration(proxyBeanMethods = false)
class EventJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer isoInstantReader() {
		return (builder) -> builder.deserializerByType(Instant.class, new IsoInstantDeserializer());
	}

}
