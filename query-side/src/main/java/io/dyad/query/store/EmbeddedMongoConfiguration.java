package io.dyad.query.store;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves projections and tracking tokens from an embedded MongoDB-wire server kept in the
 * data directory, unless {@code spring.data.mongodb.uri} names a real MongoDB. Dyad
 * reaches it through the ordinary MongoDB driver.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

	@Bean(destroyMethod = "close")
	H2Backend embeddedMongoBackend(@Value("${dyad.data-dir}") Path dataDir) {
		return ProjectionStoreBackend.open(dataDir.resolve("projections.mv"));
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(H2Backend backend) {
		MongoServer server = new MongoServer(backend);
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		return server;
	}

	/**
	 * Boot's own MongoDB client configuration connects to the embedded server through
	 * these details.
	 */
	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
		ConnectionString connectionString = new ConnectionString(
				"mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/dyad");
		return () -> connectionString;
	}

}
