package dev.carve.adapters.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.runtime.gateway.RemoteCalls;

/**
 * {@link OrderGateway} over HTTP, a Spring HTTP interface client of orders' gateway
 * endpoints. The look-up is idempotent by contract, so it is retried within the call's
 * deadline; the provider's {@code 404 order-not-found} problem is the empty answer.
 */
public final class HttpOrderGateway implements OrderGateway {

	private final OrdersHttpApi client;

	private final RemoteCalls calls;

	HttpOrderGateway(OrdersHttpApi client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public Optional<OrderStatusView> findStatus(UUID orderId) {
		try {
			return Optional.of(this.calls.call("findStatus", () -> this.client.findStatus(orderId)));
		}
		catch (OrderNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public List<OrderStatusView> findStatuses(Collection<UUID> orderIds) {
		return this.calls.call("findStatuses", () -> this.client.findStatuses(List.copyOf(orderIds)));
	}

}
