package io.dyad.query.web;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the instants of query parameters ({@code asOf}, {@code knownAt}, {@code from},
 * {@code to}) from ISO-8601 text with an offset only. Spring's own conversion takes a
 * string of digits as milliseconds since the epoch: {@code from=1704499200}, meant as
 * Unix seconds, would have asked about a day in January 1970. An empty parameter stays
 * absent.
 */
@Configuration(proxyBeanMethods = false)
class IsoInstantParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, Instant.class,
				(text) -> text.isBlank() ? null : OffsetDateTime.parse(text.strip()).toInstant());
	}

}
