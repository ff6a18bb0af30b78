package io.dyad.query.web;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends the open live streams when the application stops. They never end by themselves, so
 * the web server's graceful shutdown, which stops after this, would otherwise wait its
 * whole timeout for them.
 */
@Component
class LiveStreamsShutdown implements SmartLifecycle {

	private final Sinks.Empty<Void> stopping = Sinks.empty();

	private volatile boolean running;

	Mono<Void> stopping() {
		return this.stopping.asMono();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.stopping.tryEmitEmpty();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Ahead of the web server's graceful shutdown phase. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
