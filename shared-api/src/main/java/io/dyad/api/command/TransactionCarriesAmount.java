package io.dyad.api.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A TRANSACTION is a monetary exchange, so it must carry a positive amount. */
@Documented
@Constraint(validatedBy = TransactionCarriesAmountValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TransactionCarriesAmount {

	String message() default "must carry a positive amount for a TRANSACTION";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
