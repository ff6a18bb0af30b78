package io.dyad.api.command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ScoresEveryValidator implements ConstraintValidator<ScoresEvery, Map<?, ?>> {

	private List<? extends Enum<?>> items;

	@Override
	public void initialize(ScoresEvery annotation) {
		this.items = Arrays.asList(annotation.value().getEnumConstants());
	}

	@Override
	public boolean isValid(Map<?, ?> scores, ConstraintValidatorContext context) {
		if (scores == null) {
			return true;
		}
		List<String> missing = this.items.stream().filter((item) -> !scores.containsKey(item)).map(Enum::name).toList();
		if (missing.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("must score " + String.join(", ", missing))
			.addConstraintViolation();
		return false;
	}

}
