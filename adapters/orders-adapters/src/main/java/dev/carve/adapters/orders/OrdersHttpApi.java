package dev.carve.adapters.orders;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderStatusView;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The orders gateway over HTTP, mapped once: the requests of
 * {@code /internal/v1/orders/...} (in {@code orders.yaml}). {@link OrdersHttpEndpoints}
 * serves them and the runtime proxies the interface as the client, which is the gateway:
 * each method is declared as the contract declares it (an {@code Optional} answer as its
 * value, empty on the module's not-found problem). Nothing but the exchange is on it: the
 * call's budget reaches the request on its own.
 */
interface OrdersHttpApi {

	String STATUS = "/internal/v1/orders/{orderId}/status";

	String STATUSES = "/internal/v1/orders/statuses";

	@GetExchange(url = STATUS, accept = "application/json")
	OrderStatusView findStatus(@PathVariable("orderId") UUID orderId);

	@PostExchange(url = STATUSES, contentType = "application/json", accept = "application/json")
	List<OrderStatusView> findStatuses(@RequestBody Collection<UUID> orderIds);

}
