package dev.carve.adapters.identity;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import org.jspecify.annotations.Nullable;

/**
 * The identity gateway's refusals, rebuilt from their problem code and details. The
 * contract declares none; the only one that travels is the HTTP endpoints' "no such
 * customer", which the HTTP gateway answers as empty.
 */
final class IdentityErrors implements DomainErrorDecoder {

	@Override
	public @Nullable DomainException decode(String code, Map<String, String> details) {
		return switch (code) {
			case CustomerNotFoundException.CODE ->
				new CustomerNotFoundException(details.getOrDefault("customerId", ""));
			default -> null;
		};
	}

}
