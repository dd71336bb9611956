package dev.carve.shop.catalog.internal;

import java.math.BigDecimal;
import java.net.URI;

import dev.carve.kernel.Money;
import dev.carve.kernel.PageRequest;
import dev.carve.kernel.Sku;
import dev.carve.kernel.SkuFormat;
import dev.carve.runtime.apidocs.Creates;
import dev.carve.runtime.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog's HTTP API: any signed-in user lists and reads products, administrators
 * add, change and deactivate them. Every SKU in a path is a {@link Sku}, every amount
 * within the bounds of {@link Money}, every text free of control characters, checked
 * before the catalog sees them.
 */
@RestController
@RequestMapping("/api/v1/catalog/products")
@Tag(name = "Products", description = "The products of the shop")
class CatalogController {

	private final ProductCatalog catalog;

	CatalogController(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "Products, one page at a time",
			description = "Filtered by a text in the name (q), whether active, and a price range; sorted by name,"
					+ " price or sku.")
	ProductPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
			@RequestParam(defaultValue = "name") @Pattern(regexp = "name|price|sku") String sort,
			@RequestParam(defaultValue = "asc") @Pattern(regexp = "asc|desc") String direction,
			@RequestParam(required = false) @Nullable @PlainText(max = 200) String q,
			@RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(required = false) @Nullable @DecimalMin("0") @Digits(integer = Money.MAX_INTEGER_DIGITS,
					fraction = 4) BigDecimal minPrice,
			@RequestParam(required = false) @Nullable @DecimalMin("0") @Digits(integer = Money.MAX_INTEGER_DIGITS,
					fraction = 4) BigDecimal maxPrice) {
		ProductQuery query = new ProductQuery(q, active, minPrice, maxPrice, sort, "asc".equals(direction));
		return ProductPage.of(this.catalog.list(query, new PageRequest(page, size)));
	}

	@GetMapping("/{sku}")
	@Operation(summary = "One product")
	@ApiResponse(responseCode = "200", description = "The product")
	@ApiResponse(responseCode = "404", description = "product-not-found: no product has that SKU")
	ProductView get(@PathVariable @SkuFormat String sku) {
		return ProductView.of(this.catalog.find(sku));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a product")
	@Creates
	@ApiResponse(responseCode = "201", description = "The product")
	@ApiResponse(responseCode = "409", description = "product-exists: a product, active or not, has that SKU")
	ResponseEntity<ProductView> create(@RequestBody @Valid NewProduct request) {
		ProductView created = ProductView
			.of(this.catalog.create(request.sku(), request.name(), request.price().toMoney()));
		return ResponseEntity.created(URI.create("/api/v1/catalog/products/" + created.sku())).body(created);
	}

	@PutMapping("/{sku}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a product's name, price and whether it is active")
	@ApiResponse(responseCode = "200", description = "The product, changed")
	@ApiResponse(responseCode = "404", description = "product-not-found: no product has that SKU")
	@ApiResponse(responseCode = "409",
			description = "concurrent-change: the product changed meanwhile; nothing was changed, try again")
	ProductView update(@PathVariable @SkuFormat String sku, @RequestBody @Valid ProductChange request) {
		return ProductView.of(this.catalog.update(sku, request.name(), request.price().toMoney(), request.active()));
	}

	@DeleteMapping("/{sku}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Deactivate a product", description = "It stays readable, but can no longer be ordered.")
	@ApiResponse(responseCode = "204", description = "Deactivated")
	@ApiResponse(responseCode = "404", description = "product-not-found: no product has that SKU")
	ResponseEntity<Void> deactivate(@PathVariable @SkuFormat String sku) {
		this.catalog.deactivate(sku);
		return ResponseEntity.noContent().build();
	}

}
