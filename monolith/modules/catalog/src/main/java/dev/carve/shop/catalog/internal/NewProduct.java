package dev.carve.shop.catalog.internal;

import dev.carve.runtime.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of a request that adds a product.
 *
 * @param sku 3 to 32 upper-case letters, digits or dashes
 * @param name not blank, at most 200 characters, no control characters
 * @param price the unit price
 */
record NewProduct(@NotNull @Pattern(regexp = NewProduct.SKU_PATTERN) String sku,
		@NotBlank @Size(max = 200) @PlainText String name, @NotNull @Valid MoneyBody price) {

	/** What a SKU looks like. */
	static final String SKU_PATTERN = "[A-Z0-9-]{3,32}";

}
