package dev.carve.contracts.orders;

import java.util.Optional;
import java.util.UUID;

import dev.carve.api.Idempotent;

/**
 * Order status, for modules that act on orders.
 *
 * <p>
 * Every implementation (in-process, gRPC, HTTP) behaves the same. A remote implementation
 * turns every transport failure into {@code GatewayUnavailableException}.
 */
public interface OrderGateway {

	/**
	 * Finds an order's status. Idempotent and safe to retry.
	 * @param orderId the order
	 * @return the order's status, or empty when no order has that id
	 */
	@Idempotent
	Optional<OrderStatusView> findStatus(UUID orderId);

}
