package io.dyad.query;

import java.net.InetSocketAddress;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import io.dyad.query.store.ProjectionStoreBackend;

/**
 * A mongo-java-server in memory, the same wire-compatible store the standalone
 * application embeds, reached through the real driver.
 */
public final class MongoTestServer implements AutoCloseable {

	private final MongoServer server;

	private final MongoClient client;

	public MongoTestServer() {
		this.server = new MongoServer(ProjectionStoreBackend.inMemory());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
	}

	public MongoClient client() {
		return this.client;
	}

	public MongoDatabase database() {
		return this.client.getDatabase("dyad");
	}

	public String uri() {
		return "mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort() + "/dyad";
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
