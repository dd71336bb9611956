package dev.carve.shop.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.shop.orders.internal.OrderQueries;

import org.springframework.stereotype.Service;

/**
 * The in-process {@link OrderGateway}: answers from the orders module's own tables.
 */
@Service
class OrderManagement implements OrderGateway {

	private final OrderQueries queries;

	OrderManagement(OrderQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<OrderStatusView> findStatus(UUID orderId) {
		return this.queries.findStatus(orderId);
	}

	@Override
	public List<OrderStatusView> findStatuses(Collection<UUID> orderIds) {
		return this.queries.findStatuses(orderIds);
	}

}
