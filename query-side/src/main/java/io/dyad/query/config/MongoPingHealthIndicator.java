package io.dyad.query.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the projections' MongoDB answers a ping. Boot's own MongoDB indicator needs
 * Spring Data, which Dyad does not use.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient client;

	private final MongoDatabase database;

	MongoPingHealthIndicator(MongoClient client, MongoDatabase database) {
		super("MongoDB ping failed");
		this.client = client;
		this.database = database;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		this.database.runCommand(new Document("ping", 1));
		health.up().withDetail("hosts", MongoHosts.of(this.client)).withDetail("database", this.database.getName());
	}

}
