package dev.carve.adapters.catalog;

import java.util.Collection;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.kernel.Sku;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link CatalogGateway} over HTTP for processes where catalog is remote, to
 * callers with a service credential for catalog. Domain errors leave as problem responses
 * from the runtime's one problem layer ({@code 404 unknown-sku} naming every unknown SKU
 * in {@code skus}); a body that is not a list of at most {@value Sku#MAX_PER_REQUEST}
 * {@link Sku SKUs} is refused with {@code 400 validation-failed} before the catalog sees
 * it.
 */
@RestController
@Tag(name = "catalog-gateway", description = "The catalog gateway, for other modules")
class CatalogHttpEndpoints implements CatalogHttpApi {

	private final CatalogGateway catalog;

	CatalogHttpEndpoints(CatalogGateway catalog) {
		this.catalog = catalog;
	}

	@Operation(summary = "Quote the current unit price of each SKU in the body (a JSON array); idempotent")
	@ApiResponse(responseCode = "200", description = "The name and unit price of every SKU asked, each once")
	@ApiResponse(responseCode = "400",
			description = "validation-failed: a SKU is not 1 to 64 letters, digits, '-', '_' or '.', or there are "
					+ "more than 1000; errors names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "unknown-sku: a SKU does not exist or is not active; skus names every such SKU",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public PriceQuote quote(Collection<String> skus) {
		return this.catalog.quote(Sku.requireAll(skus, "skus"));
	}

}
