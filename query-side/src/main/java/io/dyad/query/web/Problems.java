package io.dyad.query.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.dyad.api.ErrorCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems for the query side's refusals, typed by their {@link ErrorCode}. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ErrorCode code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
		problem.setType(URI.create(code.type()));
		problem.setTitle(code.title());
		problem.setProperty("code", code.name());
		return problem;
	}

	/** Invalid input that names the offending parameter in {@code errors}. */
	public static ProblemDetail invalidParameter(String parameter, String detail, String message) {
		ProblemDetail problem = of(ErrorCode.INVALID_INPUT, detail);
		problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
		return problem;
	}

}
