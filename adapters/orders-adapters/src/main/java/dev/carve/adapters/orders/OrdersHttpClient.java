package dev.carve.adapters.orders;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.runtime.gateway.CallBudget;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The HTTP interface client of orders' HTTP gateway endpoints
 * ({@code /internal/v1/orders/...} in {@code orders.yaml}). Each method takes the call's
 * budget last, which bounds the attempt's timeouts.
 */
interface OrdersHttpClient {

	@GetExchange(url = OrdersHttpEndpoints.STATUS, accept = "application/json")
	OrderStatusView findStatus(@PathVariable("orderId") UUID orderId, CallBudget budget);

	@PostExchange(url = OrdersHttpEndpoints.STATUSES, contentType = "application/json", accept = "application/json")
	List<OrderStatusView> findStatuses(@RequestBody Collection<UUID> orderIds, CallBudget budget);

}
