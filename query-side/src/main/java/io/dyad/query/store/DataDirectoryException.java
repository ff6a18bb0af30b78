package io.dyad.query.store;

import java.nio.file.Path;

/** The data directory that holds the embedded stores cannot be used. */
public class DataDirectoryException extends RuntimeException {

	private final Path dataDir;

	public DataDirectoryException(Path dataDir, String reason) {
		super("Data directory " + dataDir + " cannot be used: " + reason);
		this.dataDir = dataDir;
	}

	public Path dataDir() {
		return this.dataDir;
	}

}
