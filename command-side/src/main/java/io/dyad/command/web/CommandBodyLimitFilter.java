package io.dyad.command.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps command bodies at 64 KiB: a declared Content-Length above the cap fails at once, a
 * chunked body fails as soon as it has delivered more than the cap.
 */
@Component
class CommandBodyLimitFilter extends OncePerRequestFilter {

	static final long MAX_BODY_BYTES = 64 * 1024;

	private static final String COMMANDS = "/api/v1/relationships";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(path.equals(COMMANDS) || path.startsWith(COMMANDS + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new LimitedBodyRequest(request), response);
	}

	private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

		private ServletInputStream body;

		LimitedBodyRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new LimitedInputStream(super.getInputStream(), getContentLengthLong() > MAX_BODY_BYTES);
			}
			return this.body;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final boolean declaredTooLarge;

		private long read;

		LimitedInputStream(ServletInputStream delegate, boolean declaredTooLarge) {
			this.delegate = delegate;
			this.declaredTooLarge = declaredTooLarge;
		}

		@Override
		public int read() throws IOException {
			checkBeforeReading();
			int next = this.delegate.read();
			if (next != -1) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			checkBeforeReading();
			int count = this.delegate.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void checkBeforeReading() throws PayloadTooLargeException {
			if (this.declaredTooLarge) {
				throw new PayloadTooLargeException(MAX_BODY_BYTES);
			}
		}

		private void count(int bytes) throws PayloadTooLargeException {
			this.read += bytes;
			if (this.read > MAX_BODY_BYTES) {
				throw new PayloadTooLargeException(MAX_BODY_BYTES);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
