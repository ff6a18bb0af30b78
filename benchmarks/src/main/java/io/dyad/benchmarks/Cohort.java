package io.dyad.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.FeederBuilder;

/**
 * Relationships that share an id prefix: {@code r-0} to {@code r-999} take the
 * round-robin commands, {@code short-*} have ten events and {@code long-0} the long
 * history.
 */
record Cohort(String prefix, int size) {

	static final String ATTRIBUTE = "relationshipId";

	static final Cohort SHORT = new Cohort("short-", 50);

	static final Cohort LONG = new Cohort("long-", 1);

	static Cohort roundRobin(int size) {
		return new Cohort("r-", size);
	}

	/** The cohort a simulation was handed under this name. */
	static Cohort parameter(String name) {
		return new Cohort(Parameters.text(name + ".prefix"), Parameters.integer(name + ".size"));
	}

	Map<String, Object> asParameter(String name) {
		return Map.of(name + ".prefix", this.prefix, name + ".size", this.size);
	}

	String id(long i) {
		return this.prefix + (i % this.size);
	}

	List<String> ids() {
		return IntStream.range(0, this.size).mapToObj(this::id).toList();
	}

	/**
	 * Puts the next relationship into {@link #ATTRIBUTE}, in turn, shared by all users.
	 */
	FeederBuilder<Object> roundRobinFeeder() {
		return CoreDsl.listFeeder(ids().stream().map((id) -> Map.<String, Object>of(ATTRIBUTE, id)).toList())
			.circular();
	}

}
