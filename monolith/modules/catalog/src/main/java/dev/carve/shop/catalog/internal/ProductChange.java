package dev.carve.shop.catalog.internal;

import dev.carve.runtime.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of a request that changes a product.
 *
 * @param name the new name, not blank, at most 200 characters, no control characters
 * @param price the new unit price
 * @param active whether the product is on sale; left as it is when absent
 */
record ProductChange(@NotBlank @Size(max = 200) @PlainText String name, @NotNull @Valid MoneyBody price,
		@Nullable Boolean active) {

}
