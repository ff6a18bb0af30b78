package io.dyad.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * The live update streams of the watched relationships ({@code GET
 * /api/v1/relationships/{id}/live}). Each update's id is the version of the relationship
 * that a projection has just written, so the probe hears of every version as soon as the
 * server pushes it, without adding requests of its own to the load.
 */
final class LiveUpdates implements AutoCloseable {

	private static final Duration OPENING_LIMIT = Duration.ofSeconds(30);

	private static final String ID_FIELD = "id:";

	private final List<Flow.Subscription> streams = new CopyOnWriteArrayList<>();

	private final List<String> failures = new CopyOnWriteArrayList<>();

	private final CountDownLatch opened;

	private volatile boolean closing;

	private LiveUpdates(int count) {
		this.opened = new CountDownLatch(count);
	}

	/**
	 * Opens a stream for each relationship and returns once each has sent its first
	 * event: the server subscribes a stream before it reads the summary it sends first,
	 * so no later update is missed.
	 */
	static LiveUpdates open(String baseUrl, List<String> relationshipIds, LagProbe probe) throws InterruptedException {
		LiveUpdates updates = new LiveUpdates(relationshipIds.size());
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		for (String relationshipId : relationshipIds) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(baseUrl + Relationships.path(relationshipId) + "/live"))
				.header("Accept", "text/event-stream")
				.build();
			Versions versions = updates.new Versions(relationshipId, probe);
			client.sendAsync(request, (answer) -> {
				if (answer.statusCode() != 200) {
					updates.failed(relationshipId, "answered " + answer.statusCode());
					return HttpResponse.BodySubscribers.discarding();
				}
				return HttpResponse.BodySubscribers.fromLineSubscriber(versions);
			}).exceptionally((failure) -> {
				updates.failed(relationshipId, failure.toString());
				return null;
			});
		}
		boolean allOpened = updates.opened.await(OPENING_LIMIT.toSeconds(), TimeUnit.SECONDS);
		if (!allOpened) {
			updates.failed("some relationships", "sent no first event within " + OPENING_LIMIT.toSeconds() + " s");
		}
		updates.requireAllOpen();
		return updates;
	}

	/** Throws, closing every stream, once a stream failed or the server ended it. */
	void requireAllOpen() {
		if (!this.failures.isEmpty()) {
			close();
			throw new IllegalStateException("Live updates lost: " + String.join("; ", this.failures));
		}
	}

	@Override
	public void close() {
		this.closing = true;
		this.streams.forEach(Flow.Subscription::cancel);
	}

	private void failed(String relationshipId, String why) {
		if (!this.closing) {
			this.failures.add("the stream of " + relationshipId + " " + why);
			this.opened.countDown();
		}
	}

	/** Reads the id lines of one relationship's stream. */
	private final class Versions implements Flow.Subscriber<String> {

		private final String relationshipId;

		private final LagProbe probe;

		private boolean first = true;

		Versions(String relationshipId, LagProbe probe) {
			this.relationshipId = relationshipId;
			this.probe = probe;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			LiveUpdates.this.streams.add(subscription);
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith(ID_FIELD)) {
				this.probe.shown(this.relationshipId, Long.parseLong(line.substring(ID_FIELD.length()).trim()));
				if (this.first) {
					this.first = false;
					LiveUpdates.this.opened.countDown();
				}
			}
		}

		@Override
		public void onError(Throwable failure) {
			failed(this.relationshipId, "failed: " + failure);
		}

		@Override
		public void onComplete() {
			failed(this.relationshipId, "was ended by the server");
		}

	}

}
