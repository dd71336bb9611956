package dev.carve.shop.inventory.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The body of a request that sets a SKU's stock.
 *
 * @param onHand units on hand, zero or more and not below the units reserved
 * @param lowStockThreshold available units at or below which stock is low; kept as it is
 * (or the configured default for a new SKU) when absent
 */
record StockChange(@NotNull @Min(0) Integer onHand, @Nullable @Min(0) Integer lowStockThreshold) {

}
