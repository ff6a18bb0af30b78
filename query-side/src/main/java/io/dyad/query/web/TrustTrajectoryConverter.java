package io.dyad.query.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dyad.api.query.TrustTrajectoryView;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes trust-trajectory answers with the application's object mapper, and keeps the
 * JSON written for each answer while the answer itself is kept. The projection hands out
 * the same answer until the trajectory grows, and writing up to 10,000 points costs
 * several times more than finding them; answers are compared by identity, so a new answer
 * is always written anew. A client that accepts gzip gets the JSON gzipped, also once per
 * answer: a 1,000-point answer shrinks from about 175 KB to 16 KB, which fits a client's
 * socket buffer at once instead of waiting for the client to drain it. Answers reach this
 * converter as the same object only when the query is answered in this process.
 */
@Component
class TrustTrajectoryConverter extends AbstractHttpMessageConverter<TrustTrajectoryView> {

	/** The most JSON kept, in bytes: a 1,000-point answer is about 175 KB. */
	private static final long WRITTEN_BYTES = 32L * 1024 * 1024;

	/** The most gzipped JSON kept, in bytes: about a tenth of the JSON it holds. */
	private static final long GZIPPED_BYTES = 4L * 1024 * 1024;

	private static final String GZIP = "gzip";

	private final ObjectMapper mapper;

	private final Cache<TrustTrajectoryView, byte[]> written = recentBodies(WRITTEN_BYTES);

	private final Cache<TrustTrajectoryView, byte[]> gzipped = recentBodies(GZIPPED_BYTES);

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
	protected void addDefaultHeaders(HttpHeaders headers, TrustTrajectoryView answer, MediaType contentType)
			throws IOException {
		headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		// An encoding set earlier stands; only gzip gets the gzipped body.
		if (!headers.containsKey(HttpHeaders.CONTENT_ENCODING) && AcceptEncoding.allowsGzip(requestedEncodings())) {
			headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
			headers.setContentLength(gzipped(answer).length);
		}
		super.addDefaultHeaders(headers, answer, contentType);
	}

	@Override
	protected Long getContentLength(TrustTrajectoryView answer, MediaType contentType) {
		return (long) json(answer).length;
	}

	@Override
	protected void writeInternal(TrustTrajectoryView answer, HttpOutputMessage output) throws IOException {
		boolean gzip = GZIP.equals(output.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING));
		output.getBody().write(gzip ? gzipped(answer) : json(answer));
	}

	/** Concurrent first requests for one answer wait for a single write. */
	private byte[] json(TrustTrajectoryView answer) {
		return this.written.get(answer, this::write);
	}

	private byte[] gzipped(TrustTrajectoryView answer) {
		return this.gzipped.get(answer, (key) -> gzip(json(key)));
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

	private static byte[] gzip(byte[] json) {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream(json.length / 8);
		try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
			out.write(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zipped.toByteArray();
	}

	/** The request's Accept-Encoding headers as one list, or null outside a request. */
	private static String requestedEncodings() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? String.join(",", Collections.list(attributes.getRequest().getHeaders(HttpHeaders.ACCEPT_ENCODING)))
				: null;
	}

	private static Cache<TrustTrajectoryView, byte[]> recentBodies(long bytes) {
		return Caffeine.newBuilder()
			.weakKeys()
			.maximumWeight(bytes)
			.weigher((TrustTrajectoryView answer, byte[] body) -> body.length)
			.build();
	}

}
