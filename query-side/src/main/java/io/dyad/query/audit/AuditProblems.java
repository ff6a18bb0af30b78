package io.dyad.query.audit;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.dyad.api.ErrorCode;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders the audit API's refusals as problem details; scoped to the audit controllers
 * and ahead of any broader advice.
 */
@RestControllerAdvice(assignableTypes = { EventsController.class, StateController.class, VerificationController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditProblems {

	@ExceptionHandler
	ProblemDetail relationshipNotFound(RelationshipNotFoundException ex) {
		ProblemDetail problem = problem(ErrorCode.RELATIONSHIP_NOT_FOUND, ex.getMessage());
		problem.setProperty("relationshipId", ex.relationshipId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notYetOpened(NotYetOpenedException ex) {
		ProblemDetail problem = problem(ErrorCode.RELATIONSHIP_NOT_YET_OPENED, ex.getMessage());
		problem.setProperty("openedAt", ex.openedAt());
		problem.setProperty("recordedAt", ex.recordedAt());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail runNotFound(VerificationRunNotFoundException ex) {
		return problem(ErrorCode.VERIFICATION_RUN_NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return invalidInput(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unreadableParameter(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() == Instant.class) ? "an ISO-8601 instant such as 2025-01-20T10:00:00Z"
				: "a whole number";
		return invalidInput(ex.getName(), ex.getName() + " must be " + expected);
	}

	private static ProblemDetail invalidInput(String field, String message) {
		ProblemDetail problem = problem(ErrorCode.INVALID_INPUT, message);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	private static ProblemDetail problem(ErrorCode code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
		problem.setType(URI.create(code.type()));
		problem.setTitle(code.title());
		problem.setProperty("code", code.name());
		return problem;
	}

}
