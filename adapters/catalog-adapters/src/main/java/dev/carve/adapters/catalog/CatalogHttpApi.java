package dev.carve.adapters.catalog;

import java.util.Collection;

import dev.carve.contracts.catalog.PriceQuote;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The catalog gateway over HTTP, mapped once: the requests of
 * {@code /internal/v1/catalog/...} (in {@code catalog.yaml}).
 * {@link CatalogHttpEndpoints} serves them and the runtime proxies the interface as the
 * client, which is the gateway: each method is declared as the contract declares it.
 * Nothing but the exchange is on it: the call's budget reaches the request on its own.
 */
interface CatalogHttpApi {

	String QUOTES = "/internal/v1/catalog/quotes";

	@PostExchange(url = QUOTES, contentType = "application/json", accept = "application/json")
	PriceQuote quote(@RequestBody Collection<String> skus);

}
