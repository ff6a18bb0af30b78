package io.dyad.command.web;

import java.net.URI;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.dyad.api.CommandErrorDetails;
import io.dyad.api.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders every refusal of the command API once, as RFC 9457 problem details with the
 * error code, and for invalid input the offending fields by their JSON names.
 */
@RestControllerAdvice(assignableTypes = RelationshipCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

	private static final String RETRY_AFTER_SECONDS = "1";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(CommandExecutionException ex) {
		SQLTransientException busyStore = busyStore(ex);
		if (busyStore != null) {
			return busy(busyStore);
		}
		if (!(ex.getDetails().orElse(null) instanceof CommandErrorDetails details)) {
			log.error("Command failed", ex);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The command could not be handled");
			return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		if (details.code() == ErrorCode.INVALID_INPUT) {
			return invalid(details.detail(), details.facts());
		}
		ProblemDetail problem = problem(details.code(), details.detail());
		details.facts().forEach(problem::setProperty);
		return respond(details.code(), problem);
	}

	/**
	 * Under more load than the event store takes, a command can wait in vain for a
	 * connection. Its unit of work rolled back, so nothing was stored and the client may
	 * send it again.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(SQLTransientException ex) {
		ProblemDetail problem = problem(ErrorCode.EVENT_STORE_BUSY, "The event store had no connection free in time ("
				+ ex.getMessage() + "); nothing was stored, send the command again");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static SQLTransientException busyStore(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientException transientFailure) {
				return transientFailure;
			}
		}
		return null;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return respond(ErrorCode.PAYLOAD_TOO_LARGE,
						problem(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
			}
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = fieldPath(mismatch.getPath());
			String message = expectation(mismatch);
			return invalid("Invalid fields: " + field + " (" + message + ")", Map.of(field, message));
		}
		if (ex.getCause() instanceof JsonParseException malformed) {
			return respond(ErrorCode.INVALID_INPUT,
					problem(ErrorCode.INVALID_INPUT,
							"Request body is not valid JSON: " + malformed.getOriginalMessage() + " at line "
									+ malformed.getLocation().getLineNr() + ", column "
									+ malformed.getLocation().getColumnNr()));
		}
		return respond(ErrorCode.INVALID_INPUT,
				problem(ErrorCode.INVALID_INPUT, "Request body is missing or is not a JSON object"));
	}

	private static ResponseEntity<ProblemDetail> invalid(String detail, Map<String, String> errors) {
		ProblemDetail problem = problem(ErrorCode.INVALID_INPUT, detail);
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((error) -> new FieldError(error.getKey(), error.getValue()))
					.toList());
		return respond(ErrorCode.INVALID_INPUT, problem);
	}

	private static ProblemDetail problem(ErrorCode code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
		problem.setType(URI.create(code.type()));
		problem.setTitle(code.title());
		problem.setProperty("code", code.name());
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ErrorCode code, ProblemDetail problem) {
		return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The field as the JSON names it, such as {@code monetaryValue.amount}. */
	private static String fieldPath(List<JsonMappingException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JsonMappingException.Reference reference : path) {
			if (reference.getFieldName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String expectation(MismatchedInputException mismatch) {
		Class<?> type = mismatch.getTargetType();
		if (mismatch instanceof InvalidNullException) {
			return "must not be null";
		}
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type == Instant.class) {
			return "must be an ISO-8601 instant such as 2025-01-20T10:00:00Z";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "must be a number";
		}
		if (type == String.class) {
			return "must be a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be an array";
		}
		return "must be an object";
	}

	/** One entry of the {@code errors} member of an invalid-input problem. */
	record FieldError(String field, String message) {
	}

}
