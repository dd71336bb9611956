package dev.carve.contracts.orders;

import java.util.Collection;
import java.util.List;
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

	/** The most orders one {@link #findStatuses} call looks up. */
	int MAX_STATUSES = 1000;

	/**
	 * Finds an order's status. Idempotent and safe to retry.
	 * @param orderId the order
	 * @return the order's status, or empty when no order has that id
	 */
	@Idempotent
	Optional<OrderStatusView> findStatus(UUID orderId);

	/**
	 * Finds the status of several orders in one call, however the call travels.
	 * Idempotent and safe to retry.
	 * @param orderIds the orders, at most {@value #MAX_STATUSES}; an id named twice is
	 * answered once
	 * @return the status of each of them that exists, in no particular order; an id no
	 * order has is left out
	 * @throws dev.carve.api.InvalidValueException (field {@code orderIds}) when more than
	 * {@value #MAX_STATUSES} are named; a remote gateway reports the provider's refusal
	 * as {@code GatewayRefusedException}
	 */
	@Idempotent
	List<OrderStatusView> findStatuses(Collection<UUID> orderIds);

}
