package io.dyad.query.config;

import com.mongodb.client.MongoDatabase;
import io.dyad.query.MongoTestServer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MongoStoreConfigurationTest {

	private MongoTestServer mongo;

	private ApplicationContextRunner context;

	@BeforeEach
	void startStore() {
		this.mongo = new MongoTestServer();
		this.context = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
			.withUserConfiguration(MongoStoreConfiguration.class)
			.withBean(Serializer.class, JacksonSerializer::defaultSerializer);
	}

	@AfterEach
	void stopStore() {
		this.mongo.close();
	}

	@Test
	void usesTheDatabaseTheUriNames() {
		this.context.withPropertyValues("spring.data.mongodb.uri=" + this.mongo.uri().replace("/dyad", "/reports"))
			.run((context) -> assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("reports"));
	}

	@Test
	void usesTheDatabasePropertyOverTheUri() {
		this.context
			.withPropertyValues("spring.data.mongodb.uri=" + this.mongo.uri(), "spring.data.mongodb.database=analytics")
			.run((context) -> assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("analytics"));
	}

	@Test
	void usesDyadWhenNoDatabaseIsNamedWhereBootWouldUseTest() {
		int port = Integer.parseInt(this.mongo.uri().replaceAll(".*:(\\d+)/.*", "$1"));
		this.context.withPropertyValues("spring.data.mongodb.host=127.0.0.1", "spring.data.mongodb.port=" + port)
			.run((context) -> assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("dyad"));
		this.context.withPropertyValues("spring.data.mongodb.uri=mongodb://127.0.0.1:" + port)
			.run((context) -> assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("dyad"));
	}

	@Test
	void keepsTrackingTokensInMongo() {
		this.context.withPropertyValues("spring.data.mongodb.uri=" + this.mongo.uri())
			.run((context) -> assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class));
	}

	@Test
	void reportsHealthByPinging() {
		this.context
			.withPropertyValues("spring.data.mongodb.uri=" + this.mongo.uri(),
					"dyad.mongodb.server-selection-timeout=500ms")
			.run((context) -> {
				HealthIndicator health = context.getBean("mongoHealthIndicator", HealthIndicator.class);
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
				assertThat(health.health().getDetails()).containsEntry("database", "dyad");

				this.mongo.close();

				assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			});
	}

	@Test
	void refusesToStartWithoutAReachableServerNamingItsHosts() {
		this.context
			.withPropertyValues("spring.data.mongodb.uri=mongodb://127.0.0.1:1/dyad",
					"dyad.mongodb.server-selection-timeout=500ms")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				while (!(failure instanceof MongoUnreachableException) && failure.getCause() != null) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(MongoUnreachableException.class)
					.hasMessage("MongoDB at 127.0.0.1:1 cannot be reached");
			});
	}

}
