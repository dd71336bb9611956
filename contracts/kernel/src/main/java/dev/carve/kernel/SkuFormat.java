package dev.carve.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A SKU from outside is a {@link Sku}: 1 to 64 letters, digits, {@code -}, {@code _} or
 * {@code .}. {@code null} is valid; with {@link #trimmed()} so is blank, and blanks
 * around the SKU are ignored. The one constraint for SKUs of every module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE })
@Constraint(validatedBy = SkuFormat.Validator.class)
public @interface SkuFormat {

	String message() default Sku.RULE;

	/** Whether blanks around the SKU are ignored (and a blank value left to others). */
	boolean trimmed() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link SkuFormat} value. */
	class Validator implements ConstraintValidator<SkuFormat, String> {

		private boolean trimmed;

		@Override
		public void initialize(SkuFormat annotation) {
			this.trimmed = annotation.trimmed();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || (this.trimmed && value.isBlank())) {
				return true;
			}
			return Sku.isValid(this.trimmed ? value.strip() : value);
		}

	}

}
