package io.dyad.standalone.command;

import java.time.Instant;
import java.util.UUID;

/** JSON bodies for the command API, as an integrating application would send them. */
final class CommandBodies {

	static final Instant OPENED_AT = Instant.parse("2025-01-06T09:00:00Z");

	private CommandBodies() {
	}

	static String newRelationshipId() {
		return "it-" + UUID.randomUUID();
	}

	static String open(String relationshipId) {
		return """
				{"relationshipId": "%s", "supplier": {"id": "acme", "name": "Acme Ltd"},
				 "client": {"id": "globex", "name": "Globex"}, "openedAt": "%s"}""".formatted(relationshipId,
				OPENED_AT);
	}

	static String openWithoutId(String clientId) {
		return """
				{"supplier": {"id": "acme", "name": "Acme Ltd"}, "client": {"id": "%s"},
				 "relationalType": "COMPETITIVE_SUPPLIER", "openedAt": "%s"}""".formatted(clientId, OPENED_AT);
	}

	static String transaction(String interactionId, Instant occurredAt, String amount) {
		return """
				{"interactionId": "%s", "kind": "TRANSACTION", "outcome": "POSITIVE", "occurredAt": "%s",
				 "monetaryValue": {"amount": %s, "currency": "EUR"}, "initiatedBy": "CLIENT",
				 "summary": "first order"}""".formatted(interactionId, occurredAt, amount);
	}

	static String interaction(String interactionId, String kind, String outcome, Instant occurredAt) {
		return """
				{"interactionId": "%s", "kind": "%s", "outcome": "%s", "occurredAt": "%s", "initiatedBy": "SUPPLIER"}"""
			.formatted(interactionId, kind, outcome, occurredAt);
	}

	static String adaptation(String adaptationId, String magnitude, Instant occurredAt) {
		return """
				{"adaptationId": "%s", "adaptingParty": "SUPPLIER", "resource": "PROCESS", "magnitude": "%s",
				 "investment": {"amount": 5000, "currency": "EUR"}, "description": "joint delivery schedule",
				 "networkActors": ["carrier"], "occurredAt": "%s"}""".formatted(adaptationId, magnitude, occurredAt);
	}

	static String assessment(String assessmentId, Instant assessedAt, String socialScore) {
		return """
				{"assessmentId": "%s", "assessedAt": "%s",
				 "benefits": {"OPERATIONAL": 4, "SYMBIOTIC": 3, "ECONOMIC": 5, "CUSTOMISATION": 2, "STRATEGIC": 4,
				              "PSYCHOLOGICAL": 3, "SOCIAL": %s},
				 "negatives": {"LOSS_OF_CONTROL": 1, "INDETERMINISM": 2, "RESOURCE_DEMANDS": 1, "RESTRICTIONS": 3,
				               "UNEXPECTED_DEMANDS": 2},
				 "perspectives": {"COST": 3, "ATTITUDINAL": 4, "MUTUALITY": 4}}""".formatted(assessmentId, assessedAt,
				socialScore);
	}

	static String classification(String relationalType, Instant classifiedAt) {
		return """
				{"relationalType": "%s", "rationale": "orders every month", "classifiedAt": "%s"}"""
			.formatted(relationalType, classifiedAt);
	}

	static String dissolution(Instant occurredAt) {
		return """
				{"reason": "MARKET_CHANGE", "initiatedBy": "CLIENT", "occurredAt": "%s", "note": "new market"}"""
			.formatted(occurredAt);
	}

	static String relationship(String relationshipId) {
		return "/api/v1/relationships/" + relationshipId;
	}

}
