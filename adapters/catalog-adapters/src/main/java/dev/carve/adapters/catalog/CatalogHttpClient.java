package dev.carve.adapters.catalog;

import java.util.Collection;

import dev.carve.contracts.catalog.PriceQuote;
import feign.Request;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The OpenFeign client of catalog's HTTP gateway endpoints
 * ({@code /internal/v1/catalog/...} in {@code catalog.yaml}). Each method takes the
 * attempt's timeouts last.
 */
interface CatalogHttpClient {

	@PostMapping(path = CatalogHttpEndpoints.QUOTES, consumes = "application/json", produces = "application/json")
	PriceQuote quote(@RequestBody Collection<String> skus, Request.Options options);

}
