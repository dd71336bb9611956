package dev.carve.adapters.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.contracts.orders.v1.FindStatusResponse;
import dev.carve.contracts.orders.v1.FindStatusesRequest;
import dev.carve.contracts.orders.v1.FindStatusesResponse;
import dev.carve.kernel.Money;

/** Converts between the orders contract's records and its protobuf messages. */
final class OrdersMessages {

	private OrdersMessages() {
	}

	static FindStatusResponse toMessage(Optional<OrderStatusView> order) {
		return order.map((found) -> FindStatusResponse.newBuilder().setFound(true).setOrder(toMessage(found)).build())
			.orElseGet(() -> FindStatusResponse.newBuilder().setFound(false).build());
	}

	static Optional<OrderStatusView> fromMessage(FindStatusResponse response) {
		return response.getFound() ? Optional.of(fromMessage(response.getOrder())) : Optional.empty();
	}

	static FindStatusesRequest toMessage(Collection<UUID> orderIds) {
		return FindStatusesRequest.newBuilder().addAllOrderIds(orderIds.stream().map(UUID::toString).toList()).build();
	}

	/**
	 * The ids a request names.
	 * @throws IllegalArgumentException when one is not a UUID
	 */
	static List<UUID> fromMessage(FindStatusesRequest request) {
		return request.getOrderIdsList().stream().map(UUID::fromString).toList();
	}

	static FindStatusesResponse toMessage(List<OrderStatusView> orders) {
		return FindStatusesResponse.newBuilder()
			.addAllOrders(orders.stream().map(OrdersMessages::toMessage).toList())
			.build();
	}

	static List<OrderStatusView> fromMessage(FindStatusesResponse response) {
		return response.getOrdersList().stream().map(OrdersMessages::fromMessage).toList();
	}

	static dev.carve.contracts.orders.v1.OrderStatusView toMessage(OrderStatusView order) {
		return dev.carve.contracts.orders.v1.OrderStatusView.newBuilder()
			.setOrderId(order.orderId().toString())
			.setCustomerId(order.customerId().toString())
			.setStatus(toMessage(order.status()))
			.setTotal(toMessage(order.total()))
			.build();
	}

	static OrderStatusView fromMessage(dev.carve.contracts.orders.v1.OrderStatusView order) {
		return new OrderStatusView(UUID.fromString(order.getOrderId()), UUID.fromString(order.getCustomerId()),
				fromMessage(order.getStatus()), fromMessage(order.getTotal()));
	}

	static dev.carve.contracts.orders.v1.OrderStatus toMessage(OrderStatus status) {
		return switch (status) {
			case PENDING -> dev.carve.contracts.orders.v1.OrderStatus.ORDER_STATUS_PENDING;
			case CONFIRMED -> dev.carve.contracts.orders.v1.OrderStatus.ORDER_STATUS_CONFIRMED;
			case REJECTED -> dev.carve.contracts.orders.v1.OrderStatus.ORDER_STATUS_REJECTED;
			case CANCELLED -> dev.carve.contracts.orders.v1.OrderStatus.ORDER_STATUS_CANCELLED;
		};
	}

	/**
	 * The contract's status of a message's.
	 * @throws IllegalArgumentException for {@code ORDER_STATUS_UNSPECIFIED} or a value
	 * this version does not know
	 */
	static OrderStatus fromMessage(dev.carve.contracts.orders.v1.OrderStatus status) {
		return switch (status) {
			case ORDER_STATUS_PENDING -> OrderStatus.PENDING;
			case ORDER_STATUS_CONFIRMED -> OrderStatus.CONFIRMED;
			case ORDER_STATUS_REJECTED -> OrderStatus.REJECTED;
			case ORDER_STATUS_CANCELLED -> OrderStatus.CANCELLED;
			case ORDER_STATUS_UNSPECIFIED, UNRECOGNIZED ->
				throw new IllegalArgumentException("No order status in the message: " + status);
		};
	}

	static dev.carve.contracts.orders.v1.Money toMessage(Money money) {
		return dev.carve.contracts.orders.v1.Money.newBuilder()
			.setAmountMinor(money.minorUnits())
			.setCurrency(money.currency())
			.build();
	}

	static Money fromMessage(dev.carve.contracts.orders.v1.Money money) {
		return Money.ofMinor(money.getAmountMinor(), money.getCurrency());
	}

}
