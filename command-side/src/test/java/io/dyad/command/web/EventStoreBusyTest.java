package io.dyad.command.web;

import java.sql.SQLTransientConnectionException;

import io.dyad.api.command.RecordInteractionCommand;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EventStoreBusyTest {

	private static final String INTERACTION = """
			{"interactionId":"i-1","kind":"COMMUNICATION","outcome":"POSITIVE",
			 "occurredAt":"2025-01-07T09:00:00Z","initiatedBy":"CLIENT"}""";

	@Test
	void commandThatFoundNoFreeConnectionIsAnsweredServiceUnavailableWithRetryAfter() throws Exception {
		SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
		commandBus.subscribe(RecordInteractionCommand.class.getName(), (command) -> {
			throw new EventStoreException("Failed to append events",
					new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));
		});
		MockMvc mvc = MockMvcBuilders
			.standaloneSetup(
					new RelationshipCommandController(DefaultCommandGateway.builder().commandBus(commandBus).build()))
			.setControllerAdvice(new CommandProblemAdvice())
			.build();

		mvc.perform(post("/api/v1/relationships/r-1/interactions").contentType(MediaType.APPLICATION_JSON)
			.content(INTERACTION))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("EVENT_STORE_BUSY"))
			.andExpect(jsonPath("$.type").value("urn:dyad:problem:event-store-busy"))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was stored")));
	}

}
