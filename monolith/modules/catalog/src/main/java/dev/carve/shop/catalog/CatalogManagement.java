package dev.carve.shop.catalog;

import java.util.Collection;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.shop.catalog.internal.ProductCatalog;

import org.springframework.stereotype.Service;

/**
 * The in-process {@link CatalogGateway}: quotes from the catalog module's own products.
 */
@Service
class CatalogManagement implements CatalogGateway {

	private final ProductCatalog catalog;

	CatalogManagement(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public PriceQuote quote(Collection<String> skus) {
		return this.catalog.quote(skus);
	}

}
