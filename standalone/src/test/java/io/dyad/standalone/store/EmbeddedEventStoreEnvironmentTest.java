package io.dyad.standalone.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedEventStoreEnvironmentTest {

	@TempDir
	Path dataDir;

	@Test
	void pointsTheEventStoreAtTheDataDirectory() {
		MockEnvironment environment = new MockEnvironment().withProperty("dyad.data-dir", this.dataDir.toString());

		new EmbeddedEventStoreEnvironment().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo(EmbeddedEventStoreEnvironment.url(this.dataDir))
			.contains(this.dataDir.resolve("events").toString());
	}

	@Test
	void leavesAConfiguredDatabaseAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/dyad");

		new EmbeddedEventStoreEnvironment().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/dyad");
	}

	@Test
	void keepsTheStoreOpenWhenAThreadIsInterruptedWhileItWrites() throws SQLException {
		String url = EmbeddedEventStoreEnvironment.url(this.dataDir);
		try (Connection connection = DriverManager.getConnection(url, "dyad", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE events (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARBINARY)");

			Thread.currentThread().interrupt();
			statement.execute("INSERT INTO events (payload) VALUES (X'01')");
			boolean stillInterrupted = Thread.interrupted();
			statement.execute("INSERT INTO events (payload) VALUES (X'02')");

			assertThat(stillInterrupted).as("the interrupt is kept for the thread's owner").isTrue();
			try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM events")) {
				count.next();
				assertThat(count.getLong(1)).isEqualTo(2);
			}
		}
		finally {
			Thread.interrupted();
		}
	}

}
