package io.dyad.command.web;

import java.io.IOException;

/**
 * The request body is larger than a command may be. An IOException, so that Spring
 * reports it while reading the body, where the advice renders it.
 */
class PayloadTooLargeException extends IOException {

	private final long limit;

	PayloadTooLargeException(long limit) {
		super("Request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return this.limit;
	}

}
