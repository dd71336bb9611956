package dev.carve.shop.orders.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.carve.contracts.inventory.StockLine;
import dev.carve.kernel.Sku;
import dev.carve.kernel.SkuFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/orders}. The limits that are settings (how many lines,
 * how many units) are checked by {@link OrderLimits}.
 *
 * @param lines what to order; lines of the same SKU are added up
 */
record PlaceOrderRequest(@NotEmpty @Nullable List<@NotNull @Valid @Nullable Line> lines) {

	/**
	 * One line of the request.
	 *
	 * @param sku the SKU ({@link Sku#PATTERN}); surrounding blanks are ignored
	 * @param quantity how many units, at least one
	 */
	record Line(@NotBlank @Size(max = 100) @SkuFormat(trimmed = true) @Nullable String sku,
			@NotNull @Min(1) @Nullable Integer quantity) {

		String trimmedSku() {
			return Objects.requireNonNull(this.sku).trim();
		}

	}

	/** The lines with one line per SKU, in the order each SKU first appears. */
	List<StockLine> mergedLines() {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		for (Line line : Objects.requireNonNull(this.lines)) {
			quantities.merge(Objects.requireNonNull(line).trimmedSku(), Objects.requireNonNull(line.quantity()),
					Integer::sum);
		}
		return quantities.entrySet().stream().map((entry) -> new StockLine(entry.getKey(), entry.getValue())).toList();
	}

}
