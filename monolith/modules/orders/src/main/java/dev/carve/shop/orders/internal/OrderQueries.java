package dev.carve.shop.orders.internal;

import java.util.Optional;
import java.util.UUID;

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
		return this.orders.findById(orderId)
			.map((order) -> new OrderStatusView(order.id(), order.customerId(), order.status(), order.total()));
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
