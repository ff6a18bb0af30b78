package io.dyad.query.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dyad.api.query.StageHistoryView;
import io.dyad.api.query.TrustPointView;
import io.dyad.api.query.TrustTrajectoryView;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class TrustTrajectoryConverterTest {

	private final CountingMapper mapper = new CountingMapper();

	private final TrustTrajectoryConverter converter = new TrustTrajectoryConverter(this.mapper);

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void writesAnAnswerAsTheObjectMapperDoes() throws IOException {
		TrustTrajectoryView answer = trajectory(3);

		MockHttpOutputMessage output = write(answer);

		assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(this.mapper.writeValueAsString(answer));
		assertThat(output.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(output.getHeaders().getContentLength()).isEqualTo(output.getBodyAsBytes().length);
	}

	@Test
	void writesTheSameAnswerOnce() throws IOException {
		TrustTrajectoryView answer = trajectory(1_000);

		byte[] first = write(answer).getBodyAsBytes();
		byte[] second = write(answer).getBodyAsBytes();
		byte[] third = write(answer).getBodyAsBytes();

		assertThat(this.mapper.written).isEqualTo(1);
		assertThat(second).isEqualTo(first);
		assertThat(third).isEqualTo(first);
	}

	@Test
	void writesEveryNewAnswerAnew() throws IOException {
		TrustTrajectoryView before = trajectory(2);
		TrustTrajectoryView grown = trajectory(3);
		TrustTrajectoryView sameAgain = trajectory(3);

		write(before);
		String grownJson = write(grown).getBodyAsString(StandardCharsets.UTF_8);
		String sameAgainJson = write(sameAgain).getBodyAsString(StandardCharsets.UTF_8);

		assertThat(grownJson).contains("\"interactionId\":\"i-2\"").isNotEqualTo(write(before).getBodyAsString());
		assertThat(sameAgainJson).isEqualTo(grownJson);
		assertThat(this.mapper.written).isEqualTo(3);
	}

	@Test
	void gzipsAnswersForRequestsThatAcceptGzip() throws IOException {
		TrustTrajectoryView answer = trajectory(1_000);
		String json = this.mapper.writeValueAsString(answer);
		requestAccepting("gzip, deflate");

		MockHttpOutputMessage first = write(answer);
		MockHttpOutputMessage second = write(answer);

		assertThat(first.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(first.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
		assertThat(first.getHeaders().getContentLength()).isEqualTo(first.getBodyAsBytes().length)
			.isLessThan(json.length() / 5);
		assertThat(gunzip(first.getBodyAsBytes())).isEqualTo(json);
		assertThat(second.getBodyAsBytes()).isEqualTo(first.getBodyAsBytes());
		assertThat(this.mapper.written).isEqualTo(1);
	}

	@Test
	void writesPlainJsonForRequestsThatRefuseGzip() throws IOException {
		TrustTrajectoryView answer = trajectory(3);
		requestAccepting("gzip;q=0, deflate");

		MockHttpOutputMessage output = write(answer);

		assertThat(output.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)).isFalse();
		assertThat(output.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
		assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(this.mapper.writeValueAsString(answer));
	}

	@Test
	void writesTrustTrajectoriesOnly() {
		assertThat(this.converter.canWrite(TrustTrajectoryView.class, MediaType.APPLICATION_JSON)).isTrue();
		assertThat(this.converter.canWrite(TrustTrajectoryView.class, MediaType.APPLICATION_XML)).isFalse();
		assertThat(this.converter.canWrite(StageHistoryView.class, MediaType.APPLICATION_JSON)).isFalse();
		assertThat(this.converter.canRead(TrustTrajectoryView.class, MediaType.APPLICATION_JSON)).isFalse();
	}

	private MockHttpOutputMessage write(TrustTrajectoryView answer) throws IOException {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		this.converter.write(answer, MediaType.APPLICATION_JSON, output);
		return output;
	}

	private static void requestAccepting(String encodings) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET",
				"/api/v1/relationships/r-1/trust-trajectory");
		request.addHeader(HttpHeaders.ACCEPT_ENCODING, encodings);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (InputStream json = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(json.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static TrustTrajectoryView trajectory(int points) {
		List<TrustPointView> trajectory = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			trajectory.add(new TrustPointView(Instant.parse("2025-01-20T10:00:00Z").plusSeconds(i), 0.3 + i * 1e-4, 0.9,
					"i-" + i, InteractionKind.COMMUNICATION, Outcome.POSITIVE));
		}
		return new TrustTrajectoryView("r-1", null, null, 1_000, points, false, trajectory);
	}

	/** Counts the answers it writes to bytes. */
	private static final class CountingMapper extends ObjectMapper {

		private int written;

		CountingMapper() {
			registerModule(new JavaTimeModule());
		}

		@Override
		public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
			this.written++;
			return super.writeValueAsBytes(value);
		}

	}

}
