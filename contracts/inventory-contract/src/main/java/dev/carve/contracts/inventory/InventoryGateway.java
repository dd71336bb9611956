package dev.carve.contracts.inventory;

import java.util.UUID;

import dev.carve.api.Idempotent;

/**
 * Stock reservations for orders. A reservation belongs to one order and is keyed by its
 * id, so every operation is idempotent and can be repeated after an unknown outcome (a
 * timeout).
 *
 * <p>
 * Every implementation (in-process, gRPC, HTTP) behaves the same. A remote implementation
 * turns every transport failure into {@code GatewayUnavailableException}.
 */
public interface InventoryGateway {

	/**
	 * Reserves stock for every line of an order, all or nothing. Idempotent per order and
	 * lines: reserving the same lines again for an order that holds a reservation returns
	 * that reservation unchanged.
	 * @param request the order and its lines
	 * @return the reservation
	 * @throws InsufficientStockException when a SKU has less available than asked
	 * (nothing is reserved then)
	 * @throws ReservationConflictException when the order holds a reservation for other
	 * lines (it stands as it was)
	 */
	@Idempotent
	Reservation reserve(ReserveStock request);

	/**
	 * Releases an order's reservation, making its stock available again. Idempotent:
	 * releasing an order with no reservation, or one already released, does nothing.
	 * @param orderId the order
	 */
	@Idempotent
	void release(UUID orderId);

	/**
	 * Commits an order's reservation: the reserved units leave stock for good.
	 * Idempotent: committing a committed reservation does nothing.
	 * @param orderId the order
	 * @throws ReservationNotFoundException when the order holds no reservation (never
	 * reserved, released or expired)
	 */
	@Idempotent
	void commit(UUID orderId);

}
