package io.dyad.query.config;

import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestOriginsTest {

	private final RequestOrigins origins = new RequestOrigins();

	@Test
	void givesACommandItsOwnIdAndTheTraceItCarries() {
		GenericCommandMessage<String> command = new GenericCommandMessage<>("record",
				MetaData.with("traceId", "trace-1"));

		assertThat(this.origins.correlationDataFor(command))
			.isEqualTo(Map.of("correlationId", command.getIdentifier(), "traceId", "trace-1"));
	}

	@Test
	void startsATraceAtAQueryThatCarriesNone() {
		GenericQueryMessage<String, String> query = new GenericQueryMessage<>("find",
				ResponseTypes.instanceOf(String.class));

		assertThat(this.origins.correlationDataFor(query))
			.isEqualTo(Map.of("correlationId", query.getIdentifier(), "traceId", query.getIdentifier()));
	}

	@Test
	void leavesAnEventsMetadataUnread() {
		GenericEventMessage<String> event = new GenericEventMessage<>("recorded") {

			@Override
			public MetaData getMetaData() {
				throw new AssertionError("an event's metadata was read");
			}

		};

		assertThat(this.origins.correlationDataFor(event)).isEmpty();
	}

}
