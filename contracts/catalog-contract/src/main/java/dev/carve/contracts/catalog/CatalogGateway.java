package dev.carve.contracts.catalog;

import java.util.Collection;

import dev.carve.api.Idempotent;

/**
 * Prices of products, for modules that sell them.
 *
 * <p>
 * Every implementation (in-process, gRPC, HTTP) behaves the same. A remote implementation
 * turns every transport failure into {@code GatewayUnavailableException}.
 */
public interface CatalogGateway {

	/**
	 * Quotes the current unit price of each SKU. Idempotent and safe to retry.
	 * @param skus the SKUs to price; not empty, no duplicates needed
	 * @return one quoted price per distinct SKU
	 * @throws UnknownProductException when a SKU does not exist or is not active; it
	 * names every such SKU
	 */
	@Idempotent
	PriceQuote quote(Collection<String> skus);

}
