package dev.carve.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, held at the currency's scale (two decimals for
 * EUR).
 *
 * @param amount the amount, never negative
 * @param currency the ISO 4217 currency code, for example {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		Currency iso = Currency.getInstance(currency);
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		amount = amount.setScale(Math.max(iso.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
	}

	/** Money of zero in the given currency. */
	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	/** Money from a decimal string such as {@code "12.50"}. */
	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	/** The sum of this and {@code other}; both must be in the same currency. */
	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	/** This amount multiplied by a whole quantity. */
	public Money times(int quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)), this.currency);
	}

	/**
	 * Amount in minor units (cents), the form payment providers and protobuf messages
	 * use.
	 */
	public long minorUnits() {
		return this.amount.movePointRight(this.amount.scale()).longValueExact();
	}

	/** Money from minor units (cents) in the given currency. */
	public static Money ofMinor(long minorUnits, String currency) {
		int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		return new Money(BigDecimal.valueOf(minorUnits, digits), currency);
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + this.currency + " with " + other.currency);
		}
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency;
	}

}
