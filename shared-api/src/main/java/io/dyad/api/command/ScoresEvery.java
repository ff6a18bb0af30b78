package io.dyad.api.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A score map must score every constant of the given enum, so that means are taken over
 * the same items.
 */
@Documented
@Constraint(validatedBy = ScoresEveryValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ScoresEvery {

	Class<? extends Enum<?>> value();

	String message() default "must score every item";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
