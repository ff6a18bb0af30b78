package io.dyad.query.config;

/** No MongoDB server answered at start. */
class MongoUnreachableException extends RuntimeException {

	private final String hosts;

	MongoUnreachableException(String hosts, Throwable cause) {
		super("MongoDB at " + hosts + " cannot be reached", cause);
		this.hosts = hosts;
	}

	String hosts() {
		return this.hosts;
	}

}
