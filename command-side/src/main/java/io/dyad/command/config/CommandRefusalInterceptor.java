package io.dyad.command.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.dyad.api.CommandErrorDetails;
import io.dyad.api.ErrorCode;
import io.dyad.command.relationship.RelationshipRefusedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Validates every command before it reaches the aggregate, and turns each refusal into a
 * {@link CommandExecutionException} carrying {@link CommandErrorDetails}: details are
 * what crosses Axon Server intact, so callers get the same error code locally and
 * remotely.
 */
class CommandRefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

	private final BeanValidationInterceptor<CommandMessage<?>> validation;

	CommandRefusalInterceptor(ValidatorFactory validatorFactory) {
		this.validation = new BeanValidationInterceptor<>(validatorFactory);
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
		try {
			return this.validation.handle(unitOfWork, chain);
		}
		catch (JSR303ViolationException ex) {
			Map<String, String> errors = fieldErrors(ex.getViolations());
			String detail = "Invalid fields: " + errors.entrySet()
				.stream()
				.map((error) -> error.getKey() + " (" + error.getValue() + ")")
				.collect(Collectors.joining(", "));
			throw refusal(ErrorCode.INVALID_INPUT, detail, errors, ex);
		}
		catch (AggregateNotFoundException ex) {
			String relationshipId = String.valueOf(ex.getAggregateIdentifier());
			throw refusal(ErrorCode.RELATIONSHIP_NOT_FOUND, "No relationship " + relationshipId + " was opened",
					Map.of("relationshipId", relationshipId), ex);
		}
		catch (RelationshipRefusedException ex) {
			throw refusal(ex.code(), ex.getMessage(), ex.facts(), ex);
		}
	}

	private static CommandExecutionException refusal(ErrorCode code, String detail, Map<String, String> facts,
			Exception cause) {
		return new CommandExecutionException(detail, cause, new CommandErrorDetails(code, detail, facts));
	}

	/** Messages by field path as the JSON names it, such as {@code benefits.SOCIAL}. */
	static Map<String, String> fieldErrors(Set<ConstraintViolation<Object>> violations) {
		Map<String, String> errors = new TreeMap<>();
		for (ConstraintViolation<Object> violation : violations) {
			errors.merge(fieldPath(violation.getPropertyPath()), violation.getMessage(),
					(first, second) -> first + "; " + second);
		}
		return new LinkedHashMap<>(errors);
	}

	static String fieldPath(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
			}
			else if (node.getKey() != null) {
				field.append('.').append(node.getKey());
			}
			if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
				field.append('.').append(node.getName());
			}
		}
		return (field.length() > 0 && field.charAt(0) == '.') ? field.substring(1) : field.toString();
	}

}
