package io.dyad.query.replay;

class ReplayNotPossibleException extends RuntimeException {

	ReplayNotPossibleException(String name, String reason) {
		super("Event processor " + name + " cannot replay: " + reason);
	}

}
