package dev.carve.shop.orders.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.carve.api.InvalidValueException;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.kernel.Page;
import dev.carve.kernel.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders, each read in one read-only transaction. Public for the module's gateway
 * implementation only.
 */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

	private final Orders orders;

	OrderQueries(Orders orders) {
		this.orders = orders;
	}

	/**
	 * An order's status, for other modules.
	 * @param orderId the order
	 * @return its status, or empty when no order has that id
	 */
	public Optional<OrderStatusView> findStatus(UUID orderId) {
		return this.orders.findById(orderId).map(OrderQueries::statusOf);
	}

	/**
	 * The status of several orders, for other modules.
	 * @param orderIds the orders, at most {@link OrderGateway#MAX_STATUSES}
	 * @return the status of each that exists, each once
	 * @throws InvalidValueException (field {@code orderIds}) when there are more, or
	 * naming the first that is null
	 */
	public List<OrderStatusView> findStatuses(Collection<UUID> orderIds) {
		if (orderIds.size() > OrderGateway.MAX_STATUSES) {
			throw new InvalidValueException("orderIds", "must name at most " + OrderGateway.MAX_STATUSES + " orders");
		}
		Set<UUID> ids = new HashSet<>();
		int index = 0;
		for (UUID id : orderIds) {
			ids.add(InvalidValueException.present(id, "orderIds[" + index++ + "]"));
		}
		return this.orders.findAllById(ids).stream().map(OrderQueries::statusOf).toList();
	}

	private static OrderStatusView statusOf(Order order) {
		return new OrderStatusView(order.id(), order.customerId(), order.status(), order.total());
	}

	/** The customer's order, or {@link OrderNotFoundException}. */
	OrderView find(UUID customerId, UUID orderId) {
		return this.orders.findByIdAndCustomerId(orderId, customerId)
			.map(OrderView::of)
			.orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	/** One page of the customer's orders, newest first. */
	Page<OrderView> history(UUID customerId, PageRequest request) {
		org.springframework.data.domain.Page<Order> found = this.orders.findByCustomerIdOrderByCreatedAtDescIdDesc(
				customerId, org.springframework.data.domain.PageRequest.of(request.page(), request.size()));
		return new Page<>(found.getContent().stream().map(OrderView::of).toList(), request.page(), request.size(),
				found.getTotalElements());
	}

}
