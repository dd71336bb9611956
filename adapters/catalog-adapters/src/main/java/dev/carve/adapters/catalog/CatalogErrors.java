package dev.carve.adapters.catalog;

import java.util.List;
import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import org.jspecify.annotations.Nullable;

/**
 * The catalog gateway's domain errors, rebuilt from their problem code and details. The
 * unknown SKUs arrive comma-separated.
 */
final class CatalogErrors implements DomainErrorDecoder {

	@Override
	public @Nullable DomainException decode(String code, Map<String, String> details) {
		if ("unknown-sku".equals(code)) {
			String skus = details.get("skus");
			return (skus != null) ? new UnknownProductException(List.of(skus.split(",", -1))) : null;
		}
		return null;
	}

}
