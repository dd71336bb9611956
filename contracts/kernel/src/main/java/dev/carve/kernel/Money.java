package dev.carve.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import dev.carve.api.InvalidValueException;

/**
 * An amount of money in one currency, held at the currency's scale (two decimals for
 * EUR).
 *
 * <p>
 * The bounds are checked from the amount's precision and scale before any arithmetic, so
 * an amount such as {@code 1e20000000} is refused at once instead of being expanded to
 * twenty million digits: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal
 * point (what every module's {@code numeric(19,4)} columns hold), and no more decimals
 * than the currency has (trailing zeros aside). Every breach is an
 * {@link InvalidValueException} naming {@code amount} or {@code currency}.
 *
 * @param amount the amount, never negative
 * @param currency the ISO 4217 currency code, for example {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

	/** The most digits an amount has before its decimal point. */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** The most decimals an amount may be written with, trailing zeros included. */
	private static final int MAX_WRITTEN_SCALE = 18;

	public Money {
		InvalidValueException.present(amount, "amount");
		Currency iso = currencyOf(InvalidValueException.present(currency, "currency"));
		int digits = Math.max(iso.getDefaultFractionDigits(), 0);
		amount = bounded(amount, digits, iso);
		amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
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

	private static Currency currencyOf(String code) {
		if (code.length() != 3) {
			throw new InvalidValueException("currency", "must be an ISO 4217 currency code");
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("currency", "must be an ISO 4217 currency code");
		}
	}

	private static BigDecimal bounded(BigDecimal amount, int digits, Currency currency) {
		if (amount.signum() == 0) {
			return BigDecimal.ZERO;
		}
		if (amount.signum() < 0) {
			throw new InvalidValueException("amount", "must not be negative");
		}
		if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			throw new InvalidValueException("amount",
					"must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
		}
		if (amount.scale() > digits
				&& (amount.scale() > MAX_WRITTEN_SCALE || amount.stripTrailingZeros().scale() > digits)) {
			throw new InvalidValueException("amount", "must have at most " + digits + " decimals in " + currency);
		}
		return amount;
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
