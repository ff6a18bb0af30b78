package io.dyad.query.web;

import java.util.Arrays;

import io.dyad.api.ErrorCode;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders the query API's refusals as RFC 9457 problems. Limited to the query and
 * analytics controllers, and ahead of Boot's generic handler so that a malformed
 * parameter is named the same way as a rejected one.
 */
@RestControllerAdvice(basePackages = { "io.dyad.query.web", "io.dyad.query.analytics" })
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblemHandler {

	@ExceptionHandler
	ProblemDetail notFound(RelationshipNotFoundException ex) {
		return Problems.of(ErrorCode.RELATIONSHIP_NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidQueryParameterException ex) {
		return invalidParameter(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail malformed(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String expected;
		if (type != null && type.isEnum()) {
			expected = "one of " + Arrays.toString(type.getEnumConstants());
		}
		else if (ex.getParameter().getNestedParameterType().isEnum()) {
			expected = "one or more of "
					+ Arrays.toString(ex.getParameter().getNestedParameterType().getEnumConstants());
		}
		else {
			expected = "a valid " + ((type != null) ? describe(type) : "value");
		}
		return invalidParameter(ex.getName(), ex.getName() + " '" + ex.getValue() + "' must be " + expected);
	}

	private static String describe(Class<?> type) {
		return switch (type.getSimpleName()) {
			case "Instant" -> "ISO-8601 instant such as 2025-01-20T10:00:00Z";
			case "Double", "double" -> "number";
			case "Integer", "int" -> "whole number";
			case "Boolean", "boolean" -> "boolean (true or false)";
			default -> type.getSimpleName();
		};
	}

	private static ProblemDetail invalidParameter(String parameter, String message) {
		return Problems.invalidParameter(parameter, "Invalid query parameter " + parameter + ": " + message, message);
	}

}
