package dev.carve.shop.catalog.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The currency of a {@link MoneyBody} is an ISO 4217 code, and its amount has no more
 * decimals than the currency allows. Each failure names its own field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Constraint(validatedBy = ValidMoney.Validator.class)
@interface ValidMoney {

	String message() default "must be valid money";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link MoneyBody}. */
	class Validator implements ConstraintValidator<ValidMoney, MoneyBody> {

		@Override
		public boolean isValid(MoneyBody money, ConstraintValidatorContext context) {
			if (money.currency() == null) {
				return true;
			}
			Currency currency = currencyOf(money.currency());
			if (currency == null) {
				return violation(context, "currency", "must be an ISO 4217 currency code");
			}
			int digits = Math.max(currency.getDefaultFractionDigits(), 0);
			BigDecimal amount = money.amount();
			if (amount != null && amount.stripTrailingZeros().scale() > digits) {
				return violation(context, "amount", "must have at most " + digits + " decimals in " + currency);
			}
			return true;
		}

		private static Currency currencyOf(String code) {
			if (!code.matches("[A-Z]{3}")) {
				return null;
			}
			try {
				return Currency.getInstance(code);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		private static boolean violation(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
