package io.dyad.query.audit;

import java.time.Instant;

import io.dyad.api.ErrorCode;
import io.dyad.query.web.InvalidQueryParameterException;
import io.dyad.query.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
		ProblemDetail problem = Problems.of(ErrorCode.RELATIONSHIP_NOT_FOUND, ex.getMessage());
		problem.setProperty("relationshipId", ex.relationshipId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notYetOpened(NotYetOpenedException ex) {
		ProblemDetail problem = Problems.of(ErrorCode.RELATIONSHIP_NOT_YET_OPENED, ex.getMessage());
		problem.setProperty("openedAt", ex.openedAt());
		problem.setProperty("recordedAt", ex.recordedAt());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail runNotFound(VerificationRunNotFoundException ex) {
		return Problems.of(ErrorCode.VERIFICATION_RUN_NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidQueryParameterException ex) {
		return invalidInput(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unreadableParameter(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() == Instant.class) ? "an ISO-8601 instant such as 2025-01-20T10:00:00Z"
				: "a whole number";
		return invalidInput(ex.getName(), ex.getName() + " must be " + expected);
	}

	private static ProblemDetail invalidInput(String field, String message) {
		return Problems.invalidParameter(field, message, message);
	}

}
