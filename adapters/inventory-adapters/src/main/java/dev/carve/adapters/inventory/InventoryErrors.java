package dev.carve.adapters.inventory;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.ReservationConflictException;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import org.jspecify.annotations.Nullable;

/** The inventory gateway's domain errors, rebuilt from their problem code and details. */
final class InventoryErrors implements DomainErrorDecoder {

	@Override
	public @Nullable DomainException decode(String code, Map<String, String> details) {
		return switch (code) {
			case "out-of-stock" -> new InsufficientStockException(details.getOrDefault("sku", ""),
					Integer.parseInt(details.getOrDefault("requested", "0")),
					Integer.parseInt(details.getOrDefault("available", "0")));
			case "reservation-request-conflict" ->
				new ReservationConflictException(UUID.fromString(details.getOrDefault("orderId", "")));
			case "reservation-not-found" ->
				new ReservationNotFoundException(UUID.fromString(details.getOrDefault("orderId", "")));
			default -> null;
		};
	}

}
