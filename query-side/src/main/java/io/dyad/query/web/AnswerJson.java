package io.dyad.query.web;

import java.time.Instant;

import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How answers are written. A trust trajectory answers with up to 10,000 points, and
 * writing them is most of the query's cost: Blackbird reads the records' components
 * through generated accessors instead of reflection, and instants are written without a
 * general-purpose formatter. Both go to the application's object mapper.
 */
@Configuration(proxyBeanMethods = false)
class AnswerJson {

	@Bean
	BlackbirdModule blackbirdModule() {
		return new BlackbirdModule();
	}

	@Bean
	Jackson2ObjectMapperBuilderCustomizer isoInstants() {
		return (builder) -> builder.serializerByType(Instant.class, new IsoInstantSerializer());
	}

}
