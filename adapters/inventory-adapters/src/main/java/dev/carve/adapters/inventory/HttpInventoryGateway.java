package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.runtime.gateway.RemoteCalls;

/**
 * {@link InventoryGateway} over HTTP, a Spring HTTP interface client of inventory's
 * gateway endpoints. Every method is idempotent by contract, so every one is retried
 * within the call's deadline.
 */
public final class HttpInventoryGateway implements InventoryGateway {

	private final InventoryHttpClient client;

	private final RemoteCalls calls;

	HttpInventoryGateway(InventoryHttpClient client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public Reservation reserve(ReserveStock request) {
		return this.calls.call("reserve", (budget) -> this.client.reserve(request, budget));
	}

	@Override
	public void release(UUID orderId) {
		this.calls.run("release", (budget) -> this.client.release(orderId, budget));
	}

	@Override
	public void commit(UUID orderId) {
		this.calls.run("commit", (budget) -> this.client.commit(orderId, budget));
	}

}
