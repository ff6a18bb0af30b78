package io.dyad.query.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * The directory where the embedded stores keep their files ({@code dyad.data-dir}),
 * checked writable before anything starts, so a bad setting fails with one clear message.
 */
public final class DataDirectory {

	public static final String PROPERTY = "dyad.data-dir";

	private DataDirectory() {
	}

	/**
	 * The configured directory as an absolute path, created when missing.
	 * @throws DataDirectoryException when it cannot be created or written
	 */
	public static Path of(Environment environment) {
		Path dataDir = Path.of(environment.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new DataDirectoryException(dataDir,
					"it cannot be created (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
		if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
			throw new DataDirectoryException(dataDir, "it is not a writable directory");
		}
		return dataDir;
	}

}
