package dev.carve.adapters.orders;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import org.jspecify.annotations.Nullable;

/**
 * The order gateway's refusals, rebuilt from their problem code and details. The contract
 * declares none; the only one that travels is the HTTP endpoints' "no such order", which
 * the HTTP gateway answers as empty.
 */
final class OrdersErrors implements DomainErrorDecoder {

	@Override
	public @Nullable DomainException decode(String code, Map<String, String> details) {
		return switch (code) {
			case OrderNotFoundException.CODE -> new OrderNotFoundException(details.getOrDefault("orderId", ""));
			default -> null;
		};
	}

}
