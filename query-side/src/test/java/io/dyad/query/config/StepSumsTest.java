package io.dyad.query.config;

import java.time.Duration;

import io.micrometer.core.instrument.MockClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StepSumsTest {

	private final MockClock clock = new MockClock();

	private final StepSums sums = new StepSums(this.clock, Duration.ofSeconds(3), Duration.ofSeconds(1));

	@Test
	void sumsTheAmountsOfTheWindowsSteps() {
		this.sums.add(5);
		this.clock.add(Duration.ofSeconds(1));
		this.sums.add(7);
		this.clock.add(Duration.ofSeconds(1));
		this.sums.add(11);

		assertThat(this.sums.sum()).isEqualTo(23);
	}

	@Test
	void dropsEachStepOnceTheWindowHasPassedIt() {
		this.sums.add(5);
		this.clock.add(Duration.ofSeconds(1));
		this.sums.add(7);
		this.clock.add(Duration.ofSeconds(2));

		assertThat(this.sums.sum()).isEqualTo(7);
		this.clock.add(Duration.ofSeconds(1));
		assertThat(this.sums.sum()).isZero();
	}

	@Test
	void startsAReusedSlotFromNothing() {
		this.sums.add(5);
		this.clock.add(Duration.ofSeconds(3));
		this.sums.add(7);

		assertThat(this.sums.sum()).isEqualTo(7);
	}

	@Test
	void refusesAWindowOfPartSteps() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StepSums(this.clock, Duration.ofMillis(2500), Duration.ofSeconds(1)))
			.withMessageContaining("whole number of steps");
	}

}
