package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The inventory gateway over HTTP, mapped once: the requests of
 * {@code /internal/v1/inventory/...} (in {@code inventory.yaml}).
 * {@link InventoryHttpEndpoints} serves them and the runtime proxies the interface as the
 * client, which is the gateway: each method is declared as the contract declares it.
 * Nothing but the exchange is on it: the call's budget reaches the request on its own.
 */
interface InventoryHttpApi {

	String RESERVATIONS = "/internal/v1/inventory/reservations";

	String RELEASE = RESERVATIONS + "/{orderId}/release";

	String COMMIT = RESERVATIONS + "/{orderId}/commit";

	@PostExchange(url = RESERVATIONS, contentType = "application/json", accept = "application/json")
	Reservation reserve(@RequestBody ReserveStock request);

	@PostExchange(RELEASE)
	void release(@PathVariable("orderId") UUID orderId);

	@PostExchange(COMMIT)
	void commit(@PathVariable("orderId") UUID orderId);

}
