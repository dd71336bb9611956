package dev.carve.shop.inventory.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inventory module, under {@code shop.inventory}.
 *
 * @param reservationTtl how long a reservation holds stock unless it is committed
 * @param expiryInterval how often reservations past their time are looked for and
 * released
 * @param lowStockThreshold the low-stock threshold of a SKU whose stock is set without
 * one; {@code StockLow} is published when a reservation takes the available units to or
 * below it
 */
@ConfigurationProperties("shop.inventory")
public record InventoryProperties(@DefaultValue("15m") Duration reservationTtl,
		@DefaultValue("30s") Duration expiryInterval, @DefaultValue("5") int lowStockThreshold) {

}
