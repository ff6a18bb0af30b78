package io.dyad.api.time;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InstantTextTest {

	@Test
	void readsWhatInstantWritesAsInstantReadsIt() {
		SplittableRandom random = new SplittableRandom(7);
		long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
		long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 100_000; i++) {
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1_000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			String text = Instant.ofEpochSecond(random.nextLong(first, last + 1), nanos).toString();

			assertThat(InstantText.parse(text)).as(text).isEqualTo(Instant.parse(text));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-07T09:00:00.5Z", "2025-01-07T09:00:00.12Z", "2025-01-07T09:00:00.1234Z" })
	void readsFractionsOfAnyLength(String text) {
		assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2025-01-07", "2025-01-07T09:00:00", "2025-01-07T09:00:00.Z",
			"2025-01-07T09:00:00.1234567890Z", "2025-01-07T09:00:00+02:00", " 2025-01-07T09:00:00Z",
			"2025-01-07 09:00:00Z", "2025-01-07T9:00:00Z", "2025-01-07T09:00:00,5Z", "+12025-01-07T09:00:00Z",
			"2025-02-29T09:00:00Z", "2025-01-07T24:00:00Z", "2025-13-07T09:00:00Z", "2025-01-07T23:59:60Z" })
	void leavesOtherTextAndTimesThatDoNotExistToTheCaller(String text) {
		assertThat(InstantText.parse(text)).isNull();
	}

}
