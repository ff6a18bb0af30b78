package io.dyad.command.config;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.dyad.api.CommandErrorDetails;
import io.dyad.api.ErrorCode;
import io.dyad.api.command.AssessRelationshipCommand;
import io.dyad.api.command.RecordInteractionCommand;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.Perspective;
import io.dyad.command.relationship.OccurredBeforeLatestException;
import io.dyad.command.relationship.RelationshipDissolvedException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CommandRefusalInterceptorTest {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final Instant AT = Instant.parse("2025-01-20T10:00:00Z");

	private final CommandRefusalInterceptor interceptor = new CommandRefusalInterceptor(VALIDATION);

	/**
	 * Each test starts a unit of work around the command; none may leak to tests that run
	 * later.
	 */
	@AfterEach
	void endUnitsOfWork() {
		while (CurrentUnitOfWork.isStarted()) {
			CurrentUnitOfWork.get().rollback();
		}
	}

	@AfterAll
	static void closeValidation() {
		VALIDATION.close();
	}

	@Test
	void namesTheInvalidFieldsAsTheJsonNamesThem() {
		RecordInteractionCommand transactionWithoutAmount = new RecordInteractionCommand("r-1", "i-1",
				InteractionKind.TRANSACTION, null, AT, new MonetaryValue(new BigDecimal("-5"), "EUR"), null,
				Party.CLIENT);

		CommandErrorDetails details = refusal(transactionWithoutAmount, () -> "handled");

		assertThat(details.code()).isEqualTo(ErrorCode.INVALID_INPUT);
		assertThat(details.facts()).containsOnlyKeys("monetaryValue.amount", "outcome");
		assertThat(details.facts().get("monetaryValue.amount")).contains("must be a positive amount for a TRANSACTION");
		assertThat(details.detail()).startsWith("Invalid fields: monetaryValue.amount (")
			.contains("outcome (must not be null)");
	}

	@Test
	void namesScoresOutOfRangeByTheirItem() {
		Map<Benefit, Double> benefits = new EnumMap<>(Benefit.class);
		for (Benefit benefit : Benefit.values()) {
			benefits.put(benefit, 3.0);
		}
		benefits.put(Benefit.SOCIAL, 5.5);
		AssessRelationshipCommand assessment = new AssessRelationshipCommand("r-1", "as-1", AT, benefits,
				Map.of(Negative.LOSS_OF_CONTROL, 1.0),
				Map.of(Perspective.COST, 1.0, Perspective.ATTITUDINAL, 1.0, Perspective.MUTUALITY, 1.0));

		CommandErrorDetails details = refusal(assessment, () -> "handled");

		assertThat(details.facts()).containsOnlyKeys("benefits.SOCIAL", "negatives");
		assertThat(details.facts().get("negatives")).contains("INDETERMINISM");
	}

	@Test
	void reportsAnUnknownRelationshipAsNotFound() {
		CommandErrorDetails details = refusal(validInteraction(), () -> {
			throw new AggregateNotFoundException("r-404", "no events");
		});

		assertThat(details).isEqualTo(new CommandErrorDetails(ErrorCode.RELATIONSHIP_NOT_FOUND,
				"No relationship r-404 was opened", Map.of("relationshipId", "r-404")));
	}

	@Test
	void carriesTheCodeAndNumbersOfABusinessRefusal() {
		Instant latest = AT.plusSeconds(60);

		CommandErrorDetails details = refusal(validInteraction(), () -> {
			throw new OccurredBeforeLatestException("r-1", "occurredAt", AT, latest);
		});

		assertThat(details.code()).isEqualTo(ErrorCode.OCCURRED_BEFORE_LATEST);
		assertThat(details.facts())
			.isEqualTo(Map.of("relationshipId", "r-1", "occurredAt", AT.toString(), "latest", latest.toString()));
	}

	@Test
	void carriesTheDissolutionTime() {
		CommandErrorDetails details = refusal(validInteraction(), () -> {
			throw new RelationshipDissolvedException("r-1", AT);
		});

		assertThat(details.code()).isEqualTo(ErrorCode.RELATIONSHIP_DISSOLVED);
		assertThat(details.facts()).containsEntry("dissolvedAt", "2025-01-20T10:00:00Z");
	}

	@Test
	void letsValidCommandsThrough() throws Exception {
		Object result = this.interceptor.handle(DefaultUnitOfWork.startAndGet(command(validInteraction())),
				() -> "handled");

		assertThat(result).isEqualTo("handled");
	}

	private CommandErrorDetails refusal(Object command, InterceptorChain chain) {
		CommandExecutionException refusal = catchThrowableOfType(CommandExecutionException.class,
				() -> this.interceptor.handle(DefaultUnitOfWork.startAndGet(command(command)), chain));
		return refusal.<CommandErrorDetails>getDetails().orElseThrow();
	}

	private static RecordInteractionCommand validInteraction() {
		return new RecordInteractionCommand("r-1", "i-1", InteractionKind.COMMUNICATION, Outcome.POSITIVE, AT, null,
				null, Party.SUPPLIER);
	}

	private static GenericCommandMessage<Object> command(Object payload) {
		return new GenericCommandMessage<>(payload);
	}

}
