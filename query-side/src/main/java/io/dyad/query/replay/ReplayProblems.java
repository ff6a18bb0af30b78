package io.dyad.query.replay;

import io.dyad.api.ErrorCode;
import io.dyad.query.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the processor API's refusals as problem details. */
@RestControllerAdvice(assignableTypes = ProcessorsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReplayProblems {

	@ExceptionHandler
	ProblemDetail processorNotFound(ProcessorNotFoundException ex) {
		return Problems.of(ErrorCode.PROCESSOR_NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail replayNotPossible(ReplayNotPossibleException ex) {
		return Problems.of(ErrorCode.REPLAY_NOT_POSSIBLE, ex.getMessage());
	}

}
