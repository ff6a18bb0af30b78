package io.dyad.api.command;

import java.math.BigDecimal;

import io.dyad.api.value.InteractionKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;

public class TransactionCarriesAmountValidator
		implements ConstraintValidator<TransactionCarriesAmount, RecordInteractionCommand> {

	@Override
	public boolean isValid(RecordInteractionCommand command, ConstraintValidatorContext context) {
		if (command.kind() != InteractionKind.TRANSACTION) {
			return true;
		}
		if (command.monetaryValue() == null) {
			return reject(context, "must be given for a TRANSACTION", "monetaryValue");
		}
		BigDecimal amount = command.monetaryValue().amount();
		if (amount == null || amount.signum() <= 0) {
			return reject(context, "must be a positive amount for a TRANSACTION", "monetaryValue", "amount");
		}
		return true;
	}

	private static boolean reject(ConstraintValidatorContext context, String message, String property,
			String... nested) {
		context.disableDefaultConstraintViolation();
		NodeBuilderCustomizableContext node = context.buildConstraintViolationWithTemplate(message)
			.addPropertyNode(property);
		for (String child : nested) {
			node = node.addPropertyNode(child);
		}
		node.addConstraintViolation();
		return false;
	}

}
