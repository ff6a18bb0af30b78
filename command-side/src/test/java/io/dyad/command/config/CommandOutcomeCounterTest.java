package io.dyad.command.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.dyad.api.command.DissolveCommand;
import io.dyad.api.value.DissolutionInitiator;
import io.dyad.api.value.DissolutionReason;
import io.dyad.command.relationship.RelationshipDissolvedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotationAwareOrderComparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands go through a real command bus with the interceptors in the order Spring gives
 * them to Axon.
 */
class CommandOutcomeCounterTest {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();

	private final AtomicReference<MessageHandler<? super CommandMessage<?>>> handler = new AtomicReference<>();

	CommandOutcomeCounterTest() {
		List<MessageHandlerInterceptor<CommandMessage<?>>> interceptors = new ArrayList<>(
				List.of(new CommandRefusalInterceptor(VALIDATION), new CommandOutcomeCounter(this.meters)));
		AnnotationAwareOrderComparator.sort(interceptors);
		interceptors.forEach(this.commandBus::registerHandlerInterceptor);
		this.commandBus.subscribe(DissolveCommand.class.getName(), (command) -> this.handler.get().handle(command));
	}

	@AfterAll
	static void closeValidation() {
		VALIDATION.close();
	}

	@Test
	void countsAnAcceptedCommandByItsName() {
		this.handler.set((command) -> "dissolved");

		dispatch(dissolve("r-1"));
		dispatch(dissolve("r-2"));

		assertThat(count("Dissolve", CommandOutcomeCounter.ACCEPTED)).isEqualTo(2.0);
	}

	@Test
	void countsARefusalByItsErrorCode() {
		this.handler.set((command) -> {
			throw new RelationshipDissolvedException("r-1", AT);
		});

		dispatch(dissolve("r-1"));

		assertThat(count("Dissolve", "RELATIONSHIP_DISSOLVED")).isEqualTo(1.0);
		assertThat(
				this.meters.find(CommandOutcomeCounter.METER).tag("outcome", CommandOutcomeCounter.ACCEPTED).counter())
			.isNull();
	}

	@Test
	void countsInvalidInputRefusedBeforeTheHandler() {
		this.handler.set((command) -> "never reached");

		dispatch(new DissolveCommand("r-1", null, DissolutionInitiator.CLIENT, AT, null));

		assertThat(count("Dissolve", "INVALID_INPUT")).isEqualTo(1.0);
	}

	@Test
	void countsAnUnexpectedFailureAsFailed() {
		this.handler.set((command) -> {
			throw new IllegalStateException("store down");
		});

		dispatch(dissolve("r-1"));

		assertThat(count("Dissolve", CommandOutcomeCounter.FAILED)).isEqualTo(1.0);
	}

	private void dispatch(DissolveCommand command) {
		AtomicReference<CommandResultMessage<?>> result = new AtomicReference<>();
		CommandCallback<Object, Object> callback = (message, answer) -> result.set(answer);
		this.commandBus.dispatch(GenericCommandMessage.asCommandMessage(command), callback);
		assertThat(result.get()).as("SimpleCommandBus answers on the calling thread").isNotNull();
	}

	private double count(String command, String outcome) {
		Counter counter = this.meters.find(CommandOutcomeCounter.METER)
			.tag("command", command)
			.tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static DissolveCommand dissolve(String relationshipId) {
		return new DissolveCommand(relationshipId, DissolutionReason.MARKET_CHANGE, DissolutionInitiator.CLIENT, AT,
				null);
	}

}
