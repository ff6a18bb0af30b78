package io.dyad.query.config;

import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterSettings;

/** The servers a client was told to reach, as a reader would write them. */
final class MongoHosts {

	private MongoHosts() {
	}

	static String of(MongoClient client) {
		ClusterSettings cluster = client.getClusterDescription().getClusterSettings();
		if (cluster.getSrvHost() != null) {
			return cluster.getSrvHost();
		}
		return cluster.getHosts().stream().map(Object::toString).collect(Collectors.joining(", "));
	}

}
