package dev.carve.adapters.catalog;

import java.util.Collection;
import java.util.List;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.runtime.gateway.RemoteCalls;

/**
 * {@link CatalogGateway} over HTTP, a Spring HTTP interface client of catalog's gateway
 * endpoints. Quoting is idempotent by contract, so it is retried within the call's
 * deadline.
 */
public final class HttpCatalogGateway implements CatalogGateway {

	private final CatalogHttpApi client;

	private final RemoteCalls calls;

	HttpCatalogGateway(CatalogHttpApi client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public PriceQuote quote(Collection<String> skus) {
		List<String> asked = List.copyOf(skus);
		return this.calls.call("quote", () -> this.client.quote(asked));
	}

}
