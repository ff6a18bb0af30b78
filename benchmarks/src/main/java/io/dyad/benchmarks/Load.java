package io.dyad.benchmarks;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** The two load models: closed (clients in a loop) and open (a fixed arrival rate). */
final class Load {

	private Load() {
	}

	/** Makes exactly {@code count} calls, numbered from 0, spread over the clients. */
	static void times(int count, int clients, IntConsumer call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicLong sequence = new AtomicLong();
		List<Future<?>> workers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			workers.add(pool.submit(() -> {
				for (long i = sequence.getAndIncrement(); i < count; i = sequence.getAndIncrement()) {
					call.accept((int) i);
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
	}

	/**
	 * Clients each send their next request when the last one is answered, for a fixed
	 * time; answers completed calls per second.
	 */
	static double closed(int clients, Duration length, IntFunction<Runnable> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicLong sequence = new AtomicLong();
		AtomicLong done = new AtomicLong();
		long start = System.nanoTime();
		long end = start + length.toNanos();
		List<Future<?>> workers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					call.apply((int) sequence.getAndIncrement()).run();
					done.incrementAndGet();
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return done.get() / seconds;
	}

	/**
	 * Requests start at a fixed rate whatever the answers do (an open model, as Gatling's
	 * constantUsersPerSec injects); each latency runs from the request's scheduled start,
	 * so a stalled server is not hidden by requests that were never sent.
	 */
	/**
	 * The latencies of an open-model run and the requests that failed, with the first
	 * failure.
	 */
	record Sample(Histogram latencies, long sent, long failed, String firstFailure) {
	}

	static Sample open(int perSecond, Duration length, LongFunction<CompletableFuture<HttpResponse<String>>> request)
			throws Exception {
		Recorder recorder = new Recorder(3);
		AtomicLong failures = new AtomicLong();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		long period = 1_000_000_000L / perSecond;
		long count = length.toNanos() / period;
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		List<CompletableFuture<?>> sent = new ArrayList<>((int) count);
		long start = System.nanoTime();
		AtomicLong next = new AtomicLong();
		CompletableFuture<Void> allScheduled = new CompletableFuture<>();
		scheduler.scheduleAtFixedRate(() -> {
			long due = start + next.get() * period;
			while (next.get() < count && System.nanoTime() >= due) {
				long index = next.getAndIncrement();
				long intended = start + index * period;
				synchronized (sent) {
					sent.add(request.apply(index).whenComplete((response, failure) -> {
						if (failure != null || response.statusCode() >= 400) {
							failures.incrementAndGet();
							firstFailure.compareAndSet(null, (failure != null) ? failure.toString()
									: response.statusCode() + " " + response.body());
						}
						recorder.recordValue((System.nanoTime() - intended) / 1_000);
					}));
				}
				due = start + next.get() * period;
			}
			if (next.get() >= count) {
				allScheduled.complete(null);
			}
		}, 0, Math.max(period / 2, 100_000), TimeUnit.NANOSECONDS);
		allScheduled.get(length.toSeconds() + 60, TimeUnit.SECONDS);
		scheduler.shutdownNow();
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		return new Sample(recorder.getIntervalHistogram(), count, failures.get(), firstFailure.get());
	}

}
