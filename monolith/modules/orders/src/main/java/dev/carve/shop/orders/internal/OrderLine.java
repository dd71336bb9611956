package dev.carve.shop.orders.internal;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * One line of a stored order, in the order's currency.
 *
 * @param sku the SKU
 * @param quantity how many units
 * @param unitPrice the price of one unit quoted when the order was placed
 */
@Embeddable
record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
}
