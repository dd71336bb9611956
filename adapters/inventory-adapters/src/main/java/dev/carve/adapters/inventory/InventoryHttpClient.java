package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.runtime.gateway.CallBudget;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The HTTP interface client of inventory's HTTP gateway endpoints
 * ({@code /internal/v1/inventory/...} in {@code inventory.yaml}). Each method takes the
 * call's budget last, which bounds the attempt's timeouts.
 */
interface InventoryHttpClient {

	@PostExchange(url = InventoryHttpEndpoints.RESERVATIONS, contentType = "application/json",
			accept = "application/json")
	Reservation reserve(@RequestBody ReserveStock request, CallBudget budget);

	@PostExchange(InventoryHttpEndpoints.RELEASE)
	void release(@PathVariable("orderId") UUID orderId, CallBudget budget);

	@PostExchange(InventoryHttpEndpoints.COMMIT)
	void commit(@PathVariable("orderId") UUID orderId, CallBudget budget);

}
