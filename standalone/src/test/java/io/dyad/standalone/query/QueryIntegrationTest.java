package io.dyad.standalone.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipOpenedEvent;
import io.dyad.api.event.StageAdvancedEvent;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Organisation;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.standalone.DyadIntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.awaitility.Awaitility.await;

/**
 * Query-side integration tests write history straight into the event store, as the
 * Relationship aggregate would, and read it back over HTTP once the projections caught
 * up.
 */
public abstract class QueryIntegrationTest extends DyadIntegrationTest {

	protected static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	@Autowired
	private EventStore eventStore;

	/**
	 * A relationship with an id of its own, so tests sharing the application never meet.
	 */
	protected History openRelationship(String clientId) {
		return openRelationship("acme", clientId, List.of(), OPENED_AT);
	}

	protected History openRelationship(String supplierId, String clientId, List<String> tags, Instant openedAt) {
		String relationshipId = "it-" + UUID.randomUUID();
		History history = new History(relationshipId);
		history.append(new RelationshipOpenedEvent(relationshipId, new Organisation(supplierId, "Acme Ltd"),
				new Organisation(clientId, "Globex"), RelationalType.PROSPECTING, tags, openedAt, Stage.AWARENESS, 0.30,
				1.00, 0.0, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		return history;
	}

	/**
	 * Waits until a read model answers as expected: each projection has a processor of
	 * its own, so one may be ahead of another.
	 */
	protected JsonNode awaitBody(String path, Predicate<JsonNode> ready) {
		return await().until(() -> {
			var response = get(path);
			return (response.getStatusCode() == HttpStatus.OK) ? body(response) : null;
		}, (answer) -> answer != null && ready.test(answer));
	}

	/** Waits until the summary shows the relationship at the given version. */
	protected void awaitVersion(String relationshipId, long version) {
		await().until(() -> {
			var response = get("/api/v1/relationships/" + relationshipId);
			return response.getStatusCode() == HttpStatus.OK && body(response).path("version").asLong() == version;
		});
	}

	protected final class History {

		public final String relationshipId;

		private long sequence = -1;

		private History(String relationshipId) {
			this.relationshipId = relationshipId;
		}

		public long version() {
			return this.sequence;
		}

		public History interaction(String interactionId, InteractionKind kind, Outcome outcome, Instant occurredAt,
				double trust, double uncertainty) {
			MonetaryValue value = (kind == InteractionKind.TRANSACTION)
					? new MonetaryValue(new BigDecimal("1200.00"), "EUR") : null;
			return append(new InteractionRecordedEvent(this.relationshipId, interactionId, kind, outcome, occurredAt,
					value, null, Party.CLIENT, 1.0, trust, uncertainty, ModelVersions.TRUST_MODEL,
					ModelVersions.STAGE_POLICY));
		}

		public History advanced(Stage from, Stage to, String rule, Instant at, String triggeredBy, double trust,
				double uncertainty) {
			StageEvidence evidence = new StageEvidence(triggeredBy, trust, uncertainty, 0.0, 0,
					Map.of(Party.SUPPLIER, 0, Party.CLIENT, 0), 0, null, 0, null);
			return append(new StageAdvancedEvent(this.relationshipId, from, to, rule, at, evidence,
					ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY));
		}

		/**
		 * POSITIVE NEGOTIATION, TRANSACTION and COMMUNICATION from new, with the trust
		 * model's values: into EXPLORATION on the negotiation, ending at t=0.4463875.
		 */
		public History exploring() {
			return interaction("i-1", InteractionKind.NEGOTIATION, Outcome.POSITIVE, day(4), 0.3525, 0.8875)
				.advanced(Stage.AWARENESS, Stage.EXPLORATION, "first-bargaining", day(4), "i-1", 0.3525, 0.8875)
				.interaction("i-2", InteractionKind.TRANSACTION, Outcome.POSITIVE, day(14), 0.41725, 0.754375)
				.interaction("i-3", InteractionKind.COMMUNICATION, Outcome.POSITIVE, day(19), 0.4463875, 0.697796875);
		}

		public History append(Object event) {
			this.sequence++;
			QueryIntegrationTest.this.eventStore
				.publish(new GenericDomainEventMessage<>("Relationship", this.relationshipId, this.sequence, event));
			return this;
		}

	}

	protected static Instant day(int days) {
		return OPENED_AT.plusSeconds(days * 86_400L);
	}

}
