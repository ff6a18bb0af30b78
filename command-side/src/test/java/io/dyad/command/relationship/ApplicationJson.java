package io.dyad.command.relationship;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.json.JacksonSerializer;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * JSON as the application writes it: Spring Boot's default ObjectMapper (ISO instants),
 * wrapped by the Jackson serializer that Axon stores events and snapshots with.
 */
final class ApplicationJson {

	private ApplicationJson() {
	}

	static ObjectMapper objectMapper() {
		return Jackson2ObjectMapperBuilder.json()
			.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
					SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
			.build();
	}

	static JacksonSerializer serializer() {
		return JacksonSerializer.builder().objectMapper(objectMapper()).build();
	}

}
