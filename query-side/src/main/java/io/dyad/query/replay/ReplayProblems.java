package io.dyad.query.replay;

import java.net.URI;

import io.dyad.api.ErrorCode;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the processor API's refusals as problem details. */
@RestControllerAdvice(assignableTypes = ProcessorsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReplayProblems {

	@ExceptionHandler
	ProblemDetail processorNotFound(ProcessorNotFoundException ex) {
		return problem(ErrorCode.PROCESSOR_NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail replayNotPossible(ReplayNotPossibleException ex) {
		return problem(ErrorCode.REPLAY_NOT_POSSIBLE, ex.getMessage());
	}

	private static ProblemDetail problem(ErrorCode code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
		problem.setType(URI.create(code.type()));
		problem.setTitle(code.title());
		problem.setProperty("code", code.name());
		return problem;
	}

}
