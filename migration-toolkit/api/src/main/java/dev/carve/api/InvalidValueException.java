package dev.carve.api;

import org.jspecify.annotations.Nullable;

/**
 * A value that came from outside breaks a bound every module shares (an amount with too
 * many digits, a SKU with characters a SKU never has), found before any arithmetic or
 * storage. It names the field; the web layer answers {@code 400 validation-failed} naming
 * it, a gRPC service {@code INVALID_ARGUMENT}.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final String field;

	/**
	 * Creates the exception.
	 * @param field the field, relative to the value that checks it, such as
	 * {@code amount}
	 * @param message what is wrong with it, such as {@code must not be negative}
	 */
	public InvalidValueException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field that is wrong. */
	public String field() {
		return this.field;
	}

	/**
	 * The value, when it is present.
	 * @param <T> the value's type
	 * @param value the value
	 * @param field the field, for the message
	 * @return the value
	 * @throws InvalidValueException when it is {@code null}
	 */
	public static <T> T present(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidValueException(field, "must not be null");
		}
		return value;
	}

}
