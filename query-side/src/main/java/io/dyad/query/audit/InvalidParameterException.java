package io.dyad.query.audit;

/** A query parameter outside what the audit API accepts. */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
