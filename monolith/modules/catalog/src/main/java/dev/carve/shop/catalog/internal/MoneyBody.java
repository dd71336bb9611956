package dev.carve.shop.catalog.internal;

import java.math.BigDecimal;

import dev.carve.kernel.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * An amount of money as a request carries it.
 *
 * @param amount more than zero, within the bounds of {@link Money} (at most
 * {@value Money#MAX_INTEGER_DIGITS} digits before the decimal point, no more decimals
 * than the currency has)
 * @param currency an ISO 4217 currency code
 */
@ValidMoney
record MoneyBody(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount, @NotNull String currency) {

	Money toMoney() {
		return new Money(this.amount, this.currency);
	}

}
