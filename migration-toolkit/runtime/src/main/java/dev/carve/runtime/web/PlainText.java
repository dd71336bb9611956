package dev.carve.runtime.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.carve.api.Text;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * Free text from outside, as {@link Text} says: no control characters (a NUL byte never
 * reaches a database), and at most {@link #max()} characters. {@code null} is valid. The
 * one constraint for free text of every module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE })
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	String message() default Text.RULE;

	/** The most characters the text may have. */
	int max() default Integer.MAX_VALUE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link PlainText} value. */
	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		private int max;

		@Override
		public void initialize(PlainText annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			if (value.length() > this.max) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("must be at most " + this.max + " characters")
					.addConstraintViolation();
				return false;
			}
			return Text.isPlain(value);
		}

	}

}
