package dev.carve.contracts.orders;

import dev.carve.kernel.Money;

/**
 * One line of an order as its events carry it.
 *
 * @param sku the SKU
 * @param quantity how many units
 * @param unitPrice the price of one unit when the order was placed
 */
public record OrderedLine(String sku, int quantity, Money unitPrice) {
}
