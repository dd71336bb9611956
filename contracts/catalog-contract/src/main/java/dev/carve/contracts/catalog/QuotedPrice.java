package dev.carve.contracts.catalog;

import dev.carve.kernel.Money;

/**
 * The current price of one product.
 *
 * @param sku the product's SKU
 * @param name the product's name
 * @param unitPrice the price of one unit
 */
public record QuotedPrice(String sku, String name, Money unitPrice) {
}
