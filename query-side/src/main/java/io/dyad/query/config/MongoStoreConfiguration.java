package io.dyad.query.config;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.autoconfigure.mongo.PropertiesMongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB database that holds the projections and Axon's tracking tokens, reached
 * through the client Spring Boot configures.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoStoreProperties.class)
class MongoStoreConfiguration {

	static final String DEFAULT_DATABASE = "dyad";

	/** Fails fast instead of the driver's default 30 s wait for an unreachable server. */
	@Bean
	MongoClientSettingsBuilderCustomizer dyadServerSelectionTimeout(MongoStoreProperties properties,
			MongoConnectionDetails connection) {
		return (settings) -> {
			if (connection.getConnectionString().getServerSelectionTimeout() == null) {
				settings.applyToClusterSettings((cluster) -> cluster
					.serverSelectionTimeout(properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
			}
		};
	}

	/**
	 * The database, checked reachable before anything is built on it, so that a wrong URI
	 * stops the start with one message.
	 */
	@Bean
	MongoDatabase dyadDatabase(MongoClient client, MongoProperties properties, MongoConnectionDetails connection) {
		MongoDatabase database = client.getDatabase(databaseName(properties, connection));
		try {
			database.runCommand(new Document("ping", 1));
		}
		catch (MongoTimeoutException ex) {
			throw new MongoUnreachableException(MongoHosts.of(client), ex);
		}
		return database;
	}

	/**
	 * {@code spring.data.mongodb.database}, else the database the URI (or the embedded
	 * store) names, else "dyad". Boot itself would fall back to "test".
	 */
	static String databaseName(MongoProperties properties, MongoConnectionDetails connection) {
		if (properties.getDatabase() != null) {
			return properties.getDatabase();
		}
		boolean connectionNamed = properties.getUri() != null
				|| !(connection instanceof PropertiesMongoConnectionDetails);
		ConnectionString connectionString = connection.getConnectionString();
		if (connectionNamed && connectionString.getDatabase() != null) {
			return connectionString.getDatabase();
		}
		return DEFAULT_DATABASE;
	}

	/**
	 * Axon's tracking tokens beside the projections. Being a TokenStore bean, it makes
	 * Axon's JDBC token store back off.
	 */
	@Bean
	TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
		return MongoTokenStore.builder()
			.mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
			.serializer(serializer)
			.build();
	}

	@Bean
	HealthIndicator mongoHealthIndicator(MongoClient client, MongoDatabase database) {
		return new MongoPingHealthIndicator(client, database);
	}

}
