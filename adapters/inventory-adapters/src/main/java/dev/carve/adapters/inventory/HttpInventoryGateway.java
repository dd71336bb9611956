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

	private final InventoryHttpApi client;

	private final RemoteCalls calls;

	HttpInventoryGateway(InventoryHttpApi client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public Reservation reserve(ReserveStock request) {
		return this.calls.call("reserve", () -> this.client.reserve(request));
	}

	@Override
	public void release(UUID orderId) {
		this.calls.run("release", () -> this.client.release(orderId));
	}

	@Override
	public void commit(UUID orderId) {
		this.calls.run("commit", () -> this.client.commit(orderId));
	}

}
