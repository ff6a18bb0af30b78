package io.dyad.query.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dyad.api.query.TrustTrajectoryView;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.stereotype.Component;

/**
 * Writes trust-trajectory answers with the application's object mapper, and keeps the
 * JSON written for each answer while the answer itself is kept. The projection hands out
 * the same answer until the trajectory grows, and writing up to 10,000 points costs
 * several times more than finding them; answers are compared by identity, so a new answer
 * is always written anew.
 */
@Component
class TrustTrajectoryConverter extends AbstractHttpMessageConverter<TrustTrajectoryView> {

	/** The most JSON kept, in bytes: a 1,000-point answer is about 180 KB. */
	static final long WRITTEN_BYTES = 32L * 1024 * 1024;

	private final ObjectMapper mapper;

	private final Cache<TrustTrajectoryView, byte[]> written = Caffeine.newBuilder()
		.weakKeys()
		.maximumWeight(WRITTEN_BYTES)
		.weigher((TrustTrajectoryView answer, byte[] json) -> json.length)
		.build();

	TrustTrajectoryConverter(ObjectMapper mapper) {
		super(MediaType.APPLICATION_JSON);
		this.mapper = mapper;
	}

	@Override
	protected boolean supports(Class<?> type) {
		return TrustTrajectoryView.class == type;
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected TrustTrajectoryView readInternal(Class<? extends TrustTrajectoryView> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("trust trajectories are written, not read", input);
	}

	@Override
	protected Long getContentLength(TrustTrajectoryView answer, MediaType contentType) {
		return (long) json(answer).length;
	}

	@Override
	protected void writeInternal(TrustTrajectoryView answer, HttpOutputMessage output) throws IOException {
		output.getBody().write(json(answer));
	}

	/** Concurrent first requests for one answer wait for a single write. */
	private byte[] json(TrustTrajectoryView answer) {
		return this.written.get(answer, this::write);
	}

	private byte[] write(TrustTrajectoryView answer) {
		try {
			return this.mapper.writeValueAsBytes(answer);
		}
		catch (JsonProcessingException ex) {
			throw new HttpMessageNotWritableException(
					"Could not write the trust trajectory: " + ex.getOriginalMessage(), ex);
		}
	}

}
