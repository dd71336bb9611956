package dev.carve.contracts.orders;

import java.util.UUID;

import dev.carve.kernel.Money;

/**
 * An order's status as other modules see it.
 *
 * @param orderId the order
 * @param customerId who placed it
 * @param status where it is
 * @param total what it costs
 */
public record OrderStatusView(UUID orderId, UUID customerId, OrderStatus status, Money total) {
}
