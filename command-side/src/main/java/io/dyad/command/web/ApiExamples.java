package io.dyad.command.web;

/** JSON examples shown in the OpenAPI description of the command API. */
final class ApiExamples {

	static final String OPEN = """
			{"relationshipId": "acme-globex", "supplier": {"id": "acme", "name": "Acme Ltd"},
			 "client": {"id": "globex", "name": "Globex"}, "relationalType": "PROSPECTING",
			 "openedAt": "2025-01-06T09:00:00Z"}""";

	static final String INTERACTION = """
			{"interactionId": "i-1", "kind": "TRANSACTION", "outcome": "POSITIVE",
			 "occurredAt": "2025-01-20T10:00:00Z", "monetaryValue": {"amount": 1200.00, "currency": "EUR"},
			 "initiatedBy": "CLIENT", "summary": "first order"}""";

	static final String ADAPTATION = """
			{"adaptationId": "a-1", "adaptingParty": "SUPPLIER", "resource": "PROCESS", "magnitude": "MEDIUM",
			 "investment": {"amount": 5000, "currency": "EUR"}, "description": "joint delivery schedule",
			 "networkActors": ["carrier"], "occurredAt": "2025-03-02T08:00:00Z"}""";

	static final String ASSESSMENT = """
			{"assessmentId": "as-1", "assessedAt": "2025-04-01T09:00:00Z",
			 "benefits": {"OPERATIONAL": 4, "SYMBIOTIC": 3, "ECONOMIC": 5, "CUSTOMISATION": 2, "STRATEGIC": 4,
			              "PSYCHOLOGICAL": 3, "SOCIAL": 4},
			 "negatives": {"LOSS_OF_CONTROL": 1, "INDETERMINISM": 2, "RESOURCE_DEMANDS": 1, "RESTRICTIONS": 3,
			               "UNEXPECTED_DEMANDS": 2},
			 "perspectives": {"COST": 3, "ATTITUDINAL": 4, "MUTUALITY": 4}}""";

	static final String CLASSIFICATION = """
			{"relationalType": "MAJOR_SUPPLIER", "rationale": "orders every month, shares forecasts",
			 "classifiedAt": "2025-04-02T09:00:00Z"}""";

	static final String DISSOLUTION = """
			{"reason": "MARKET_CHANGE", "initiatedBy": "CLIENT", "occurredAt": "2025-09-30T17:00:00Z",
			 "note": "client moved production abroad"}""";

	static final String RESULT = """
			{"relationshipId": "acme-globex", "version": 2, "stage": "EXPLORATION", "relationalType": "PROSPECTING",
			 "trust": 0.37, "uncertainty": 0.85, "switchingCost": 0.0, "atRisk": false,
			 "stageSteps": [{"from": "AWARENESS", "to": "EXPLORATION", "rule": "first-monetary-exchange",
			                 "at": "2025-01-20T10:00:00Z"}]}""";

	static final String INVALID = """
			{"type": "urn:dyad:problem:invalid-input", "title": "Invalid input", "status": 400,
			 "detail": "Invalid fields: kind (must be one of COMMUNICATION, SOCIAL, NEGOTIATION, TRANSACTION, COORDINATION, JOINT_PROBLEM_SOLVING, CONFLICT)",
			 "instance": "/api/v1/relationships/acme-globex/interactions", "code": "INVALID_INPUT",
			 "errors": [{"field": "kind", "message": "must be one of COMMUNICATION, SOCIAL, NEGOTIATION, TRANSACTION, COORDINATION, JOINT_PROBLEM_SOLVING, CONFLICT"}]}""";

	static final String NOT_FOUND = """
			{"type": "urn:dyad:problem:relationship-not-found", "title": "Relationship not found", "status": 404,
			 "detail": "No relationship acme-initech was opened", "code": "RELATIONSHIP_NOT_FOUND",
			 "relationshipId": "acme-initech"}""";

	static final String CONFLICT = """
			{"type": "urn:dyad:problem:relationship-dissolved", "title": "Relationship dissolved", "status": 409,
			 "detail": "Relationship acme-globex was dissolved at 2025-09-30T17:00:00Z and takes no more commands",
			 "code": "RELATIONSHIP_DISSOLVED", "relationshipId": "acme-globex", "dissolvedAt": "2025-09-30T17:00:00Z"}""";

	static final String UNPROCESSABLE = """
			{"type": "urn:dyad:problem:occurred-before-latest",
			 "title": "Earlier than the relationship's latest event", "status": 422,
			 "detail": "occurredAt 2025-01-19T10:00:00Z is earlier than 2025-01-20T10:00:00Z, the latest time recorded for relationship acme-globex",
			 "code": "OCCURRED_BEFORE_LATEST", "relationshipId": "acme-globex",
			 "occurredAt": "2025-01-19T10:00:00Z", "latest": "2025-01-20T10:00:00Z"}""";

	static final String TOO_LARGE = """
			{"type": "urn:dyad:problem:payload-too-large", "title": "Request body too large", "status": 413,
			 "detail": "Request body is larger than 65536 bytes", "code": "PAYLOAD_TOO_LARGE"}""";

	private ApiExamples() {
	}

}
