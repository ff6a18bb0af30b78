package io.dyad.query.replay;

class ProcessorNotFoundException extends RuntimeException {

	ProcessorNotFoundException(String name) {
		super("No event processor is named " + name);
	}

}
