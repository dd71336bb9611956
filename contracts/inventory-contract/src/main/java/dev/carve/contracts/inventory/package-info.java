/**
 * What the inventory module offers other modules: stock reservations for orders, and the
 * {@link dev.carve.contracts.inventory.StockReserved} and
 * {@link dev.carve.contracts.inventory.StockLow} events.
 */
@NullMarked
package dev.carve.contracts.inventory;

import org.jspecify.annotations.NullMarked;
