/**
 * What the orders module offers other modules: order status look-up and the order events
 * {@link dev.carve.contracts.orders.OrderPlaced},
 * {@link dev.carve.contracts.orders.OrderConfirmed} and
 * {@link dev.carve.contracts.orders.OrderCancelled}.
 */
@NullMarked
package dev.carve.contracts.orders;

import org.jspecify.annotations.NullMarked;
