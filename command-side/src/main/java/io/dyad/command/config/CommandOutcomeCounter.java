package io.dyad.command.config;

import io.dyad.api.CommandErrorDetails;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.core.Ordered;

/**
 * Counts handled commands by type and outcome ({@code dyad.commands}): {@code accepted}
 * once the events are stored, the refusal's error code (such as
 * {@code RELATIONSHIP_DISSOLVED}) when refused, {@code failed} otherwise. It runs
 * outermost, so it sees refusals already turned into their codes.
 */
class CommandOutcomeCounter implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

	static final String METER = "dyad.commands";

	static final String ACCEPTED = "accepted";

	static final String FAILED = "failed";

	private final MeterRegistry meters;

	CommandOutcomeCounter(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
		String command = commandName(unitOfWork.getMessage());
		try {
			Object result = chain.proceed();
			// Storing the events can still fail, after the handler returned.
			unitOfWork.afterCommit((committed) -> count(command, ACCEPTED));
			unitOfWork.onRollback((rolledBack) -> count(command, FAILED));
			return result;
		}
		catch (CommandExecutionException ex) {
			count(command,
					ex.<Object>getDetails()
						.filter(CommandErrorDetails.class::isInstance)
						.map((details) -> ((CommandErrorDetails) details).code().name())
						.orElse(FAILED));
			throw ex;
		}
		catch (Exception | Error ex) {
			count(command, FAILED);
			throw ex;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** The command as DESIGN.md names it: {@code RecordInteraction}. */
	private static String commandName(CommandMessage<?> command) {
		String name = command.getPayloadType().getSimpleName();
		return name.endsWith("Command") ? name.substring(0, name.length() - "Command".length()) : name;
	}

	private void count(String command, String outcome) {
		Counter.builder(METER)
			.description("Commands handled, by type and outcome: accepted, a refusal's error code, or failed")
			.tag("command", command)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

}
