package io.dyad.benchmarks;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one Gatling run measured: all its requests together and each kind of request by
 * its name.
 */
record LoadStats(Request all, Map<String, Request> requests, Path report) {

	/**
	 * @param okPerSecond successful answers per second, from the first user's start to
	 * the last answer
	 * @param p50 median response time in ms, failed answers included
	 * @param p99 99th percentile response time in ms, failed answers included
	 */
	record Request(String name, long ok, long failed, double okPerSecond, double p50, double p99) {

		long sent() {
			return this.ok + this.failed;
		}

	}

	Request request(String name) {
		Request request = this.requests.get(name);
		if (request == null) {
			throw new IllegalStateException("no request " + name + " in " + this.report);
		}
		return request;
	}

}
