package dev.carve.kernel;

import java.util.Collection;
import java.util.List;

import dev.carve.api.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * What any SKU that reaches a module looks like: 1 to 64 letters, digits, {@code -},
 * {@code _} or {@code .}. Every module checks SKUs that come from outside against this
 * before they reach its domain or its database; a module may require a stricter form for
 * SKUs it creates.
 */
public final class Sku {

	/** The pattern of a SKU, for {@code @Pattern(regexp = Sku.PATTERN)}. */
	public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";

	/** The rule, as a validation message. */
	public static final String RULE = "must be 1 to 64 letters, digits, '-', '_' or '.'";

	/** The most SKUs one request may name. */
	public static final int MAX_PER_REQUEST = 1000;

	private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

	private Sku() {
	}

	/**
	 * Whether a text is a SKU.
	 * @param sku the text
	 * @return whether it matches {@link #PATTERN}
	 */
	public static boolean isValid(@Nullable String sku) {
		return sku != null && sku.length() <= 64 && COMPILED.matcher(sku).matches();
	}

	/**
	 * The SKU, when it is one.
	 * @param sku the text
	 * @param field the field it came in, for the message
	 * @return the SKU
	 * @throws InvalidValueException when it is not one
	 */
	public static String require(@Nullable String sku, String field) {
		if (!isValid(sku)) {
			throw new InvalidValueException(field, RULE);
		}
		return sku;
	}

	/**
	 * The SKUs, when each is one and there are at most {@link #MAX_PER_REQUEST}.
	 * @param skus the texts
	 * @param field the field they came in, for the message
	 * @return the SKUs, in their order
	 * @throws InvalidValueException naming the first that is not a SKU
	 */
	public static List<String> requireAll(Collection<@Nullable String> skus, String field) {
		if (skus.size() > MAX_PER_REQUEST) {
			throw new InvalidValueException(field, "must name at most " + MAX_PER_REQUEST + " SKUs");
		}
		int index = 0;
		for (String sku : skus) {
			require(sku, field + "[" + index++ + "]");
		}
		return List.copyOf(skus);
	}

}
