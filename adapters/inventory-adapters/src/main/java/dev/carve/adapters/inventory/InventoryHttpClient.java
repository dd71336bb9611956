package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import feign.Request;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The OpenFeign client of inventory's HTTP gateway endpoints
 * ({@code /internal/v1/inventory/...} in {@code inventory.yaml}). Each method takes the
 * attempt's timeouts last.
 */
interface InventoryHttpClient {

	@PostMapping(path = InventoryHttpEndpoints.RESERVATIONS, consumes = "application/json",
			produces = "application/json")
	Reservation reserve(@RequestBody ReserveStock request, Request.Options options);

	@PostMapping(InventoryHttpEndpoints.RELEASE)
	void release(@PathVariable("orderId") UUID orderId, Request.Options options);

	@PostMapping(InventoryHttpEndpoints.COMMIT)
	void commit(@PathVariable("orderId") UUID orderId, Request.Options options);

}
