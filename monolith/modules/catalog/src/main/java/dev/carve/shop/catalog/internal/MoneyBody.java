package dev.carve.shop.catalog.internal;

import java.math.BigDecimal;

import dev.carve.kernel.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * An amount of money as a request carries it.
 *
 * @param amount more than zero, at most two decimals (fewer when the currency has fewer)
 * @param currency an ISO 4217 currency code
 */
@ValidMoney
record MoneyBody(
		@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@NotNull String currency) {

	Money toMoney() {
		return new Money(this.amount, this.currency);
	}

}
