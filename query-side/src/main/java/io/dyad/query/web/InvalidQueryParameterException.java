package io.dyad.query.web;

/** A query parameter has a value the query cannot be answered with. */
class InvalidQueryParameterException extends RuntimeException {

	private final String parameter;

	InvalidQueryParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
