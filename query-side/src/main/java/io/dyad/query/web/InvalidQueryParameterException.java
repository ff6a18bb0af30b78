package io.dyad.query.web;

/** A query parameter has a value the query cannot be answered with. */
public class InvalidQueryParameterException extends RuntimeException {

	private final String parameter;

	public InvalidQueryParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
