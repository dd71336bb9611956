package dev.carve.adapters.orders;

import java.util.UUID;

import dev.carve.contracts.orders.OrderStatusView;
import feign.Request;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The OpenFeign client of orders' HTTP gateway endpoints ({@code /internal/v1/orders/...}
 * in {@code orders.yaml}). Each method takes the attempt's timeouts last.
 */
interface OrdersHttpClient {

	@GetMapping(path = OrdersHttpEndpoints.STATUS, produces = "application/json")
	OrderStatusView findStatus(@PathVariable("orderId") UUID orderId, Request.Options options);

}
