package io.dyad.query.web;

import java.util.Optional;

import io.dyad.api.query.RelationshipSummaryView;
import io.dyad.api.query.RelationshipUpdate;
import io.dyad.api.query.StageStepTaken;
import io.dyad.api.query.TrustPointAdded;
import io.dyad.api.query.WatchRelationshipQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Server-sent events for one relationship: its summary first, then each new trust point
 * ({@code trust-point}) and stage step ({@code stage-step}) as the projections apply
 * them.
 */
@RestController
class LiveUpdatesController {

	private final QueryGateway queries;

	private final LiveStreamsShutdown shutdown;

	LiveUpdatesController(QueryGateway queries, LiveStreamsShutdown shutdown) {
		this.queries = queries;
		this.shutdown = shutdown;
	}

	@GetMapping(path = "/api/v1/relationships/{relationshipId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Object>> live(@PathVariable String relationshipId) {
		SubscriptionQueryResult<Optional<RelationshipSummaryView>, RelationshipUpdate> subscription = this.queries
			.subscriptionQuery(new WatchRelationshipQuery(relationshipId),
					ResponseTypes.optionalInstanceOf(RelationshipSummaryView.class),
					ResponseTypes.instanceOf(RelationshipUpdate.class));
		// Subscribed before the summary is read, so no update falls between the two.
		Optional<RelationshipSummaryView> summary = subscription.initialResult().block();
		if (summary == null || summary.isEmpty()) {
			subscription.cancel();
			throw new RelationshipNotFoundException(relationshipId);
		}
		RelationshipSummaryView current = summary.get();
		return Flux
			.concat(Flux.just(event("summary", current.version(), current)),
					subscription.updates().map((update) -> event(name(update), update.version(), update)))
			.takeUntilOther(this.shutdown.stopping())
			.doFinally((signal) -> subscription.cancel());
	}

	private static String name(RelationshipUpdate update) {
		if (update instanceof TrustPointAdded) {
			return "trust-point";
		}
		if (update instanceof StageStepTaken) {
			return "stage-step";
		}
		throw new IllegalArgumentException("Unknown update " + update);
	}

	/**
	 * The event id is the relationship's version, so clients can tell what they have
	 * seen.
	 */
	private static ServerSentEvent<Object> event(String name, long version, Object data) {
		return ServerSentEvent.builder(data).event(name).id(String.valueOf(version)).build();
	}

}
