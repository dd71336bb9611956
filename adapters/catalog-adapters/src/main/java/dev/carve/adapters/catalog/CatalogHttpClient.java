package dev.carve.adapters.catalog;

import java.util.Collection;

import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.runtime.gateway.CallBudget;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The HTTP interface client of catalog's HTTP gateway endpoints
 * ({@code /internal/v1/catalog/...} in {@code catalog.yaml}). Each method takes the
 * call's budget last, which bounds the attempt's timeouts.
 */
interface CatalogHttpClient {

	@PostExchange(url = CatalogHttpEndpoints.QUOTES, contentType = "application/json", accept = "application/json")
	PriceQuote quote(@RequestBody Collection<String> skus, CallBudget budget);

}
