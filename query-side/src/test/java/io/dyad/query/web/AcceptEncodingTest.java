package io.dyad.query.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTest {

	@ParameterizedTest
	@ValueSource(strings = { "gzip", "gzip, deflate, br", "deflate,GZip", "x-gzip", "br;q=1.0, gzip;q=0.8",
			"gzip ; q=0.001", "*", "br, *;q=0.5", "gzip;Q=1", "gzip;q=1.000", "gzip, x-gzip;q=0" })
	void allowsGzipListedWithAWeightOrCoveredByAnAsterisk(String header) {
		assertThat(AcceptEncoding.allowsGzip(header)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "identity", "deflate, br", "gzip;q=0", "gzip;q=0.0, deflate", "*;q=0", "*, gzip;q=0",
			"gzip;q=often", "gzipped", "gzip;q = 0", "gzip;q=2", "gzip;q=1f", "gzip;q=Infinity", "gzip;q=0.0001" })
	void refusesGzipOtherwise(String header) {
		assertThat(AcceptEncoding.allowsGzip(header)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "gzip;q=0, *|false", "*;q=0, gzip|true" })
	void prefersTheListedGzipToTheAsterisk(String header, boolean allowed) {
		assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(allowed);
	}

}
