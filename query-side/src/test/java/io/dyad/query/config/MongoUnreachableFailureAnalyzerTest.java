package io.dyad.query.config;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class MongoUnreachableFailureAnalyzerTest {

	@Test
	void anUnreachableUriStopsTheStartWithOneMessageNamingItsHosts(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MongoOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatThrownBy(() -> application.run("--spring.data.mongodb.uri=mongodb://127.0.0.1:1,127.0.0.1:2/dyad",
				"--dyad.mongodb.server-selection-timeout=500ms", "--spring.main.banner-mode=off"))
			.hasRootCauseInstanceOf(com.mongodb.MongoTimeoutException.class);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Dyad cannot reach MongoDB at 127.0.0.1:1, 127.0.0.1:2")
			.contains("point spring.data.mongodb.uri at a reachable server")
			.doesNotContain("at com.mongodb.");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(MongoAutoConfiguration.class)
	@Import(MongoStoreConfiguration.class)
	static class MongoOnly {

		@Bean
		Serializer serializer() {
			return JacksonSerializer.defaultSerializer();
		}

	}

}
