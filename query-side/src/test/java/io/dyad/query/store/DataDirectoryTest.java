package io.dyad.query.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryTest {

	@TempDir
	Path parent;

	@Test
	void createsAMissingDirectoryAndAnswersItsAbsolutePath() {
		Path configured = this.parent.resolve("stores/query-side");

		Path dataDir = DataDirectory
			.of(new MockEnvironment().withProperty(DataDirectory.PROPERTY, configured.toString()));

		assertThat(dataDir).isEqualTo(configured.toAbsolutePath()).isDirectory();
	}

	@Test
	void refusesAFileWithOneMessageNamingIt() throws IOException {
		Path file = Files.createFile(this.parent.resolve("not-a-directory"));

		assertThatThrownBy(
				() -> DataDirectory.of(new MockEnvironment().withProperty(DataDirectory.PROPERTY, file.toString())))
			.isInstanceOf(DataDirectoryException.class)
			.hasMessageContaining(file.toString());
	}

}
