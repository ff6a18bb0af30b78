package io.dyad.api.value;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

public record MonetaryValue(@NotNull @PositiveOrZero BigDecimal amount, @NotNull @IsoCurrency String currency) {

	/** Equal in value regardless of scale, so 1200.00 EUR is the same as 1200 EUR. */
	public boolean sameAs(MonetaryValue other) {
		return other != null && amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
	}

}
