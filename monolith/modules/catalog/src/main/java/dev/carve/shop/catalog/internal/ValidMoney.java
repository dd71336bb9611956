package dev.carve.shop.catalog.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import dev.carve.api.InvalidValueException;
import dev.carve.kernel.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A {@link MoneyBody} is within the bounds of {@link Money}: its currency an ISO 4217
 * code, its amount not too large and with no more decimals than the currency allows. The
 * bounds are {@code Money}'s own, checked before any arithmetic. Each failure names its
 * own field.
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
			if (!money.currency().matches("[A-Z]{3}")) {
				return violation(context, "currency", "must be an ISO 4217 currency code");
			}
			try {
				new Money((money.amount() != null) ? money.amount().abs() : BigDecimal.ONE, money.currency());
				return true;
			}
			catch (InvalidValueException ex) {
				return violation(context, ex.field(), ex.getMessage());
			}
		}

		private static boolean violation(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
