package dev.carve.shop.orders;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.GatewayUnavailableException;

/**
 * A catalog that keeps its prices in memory and behaves as the contract says: unknown
 * SKUs are refused all at once. A SKU can be made to look like an unreachable catalog.
 */
public final class InMemoryCatalog implements CatalogGateway {

	private final Map<String, Money> prices = new ConcurrentHashMap<>();

	private final Set<String> unreachable = ConcurrentHashMap.newKeySet();

	/** Sells a SKU at a price in EUR, such as {@code "12.50"}. */
	public void sell(String sku, String price) {
		this.prices.put(sku, Money.of(price, "EUR"));
	}

	/** Quoting this SKU fails as a remote catalog that cannot be reached would. */
	public void unreachableFor(String sku) {
		this.unreachable.add(sku);
	}

	@Override
	public PriceQuote quote(Collection<String> skus) {
		if (skus.stream().anyMatch(this.unreachable::contains)) {
			throw new GatewayUnavailableException("catalog", "catalog unreachable", Duration.ofSeconds(2),
					new ConnectException("Connection refused"));
		}
		List<String> unknown = skus.stream().filter((sku) -> !this.prices.containsKey(sku)).distinct().toList();
		if (!unknown.isEmpty()) {
			throw new UnknownProductException(unknown);
		}
		return new PriceQuote(skus.stream()
			.distinct()
			.map((sku) -> new QuotedPrice(sku, "Product " + sku, this.prices.get(sku)))
			.toList());
	}

}
