package dev.carve.shop.inventory.internal;

import java.net.URI;
import dev.carve.kernel.Sku;
import dev.carve.kernel.SkuFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory's HTTP API: any signed-in user reads a SKU's stock, administrators set
 * it. A SKU in a path is checked against {@link Sku#PATTERN} before inventory sees it.
 */
@RestController
@RequestMapping("/api/v1/inventory/stock")
@Tag(name = "Stock", description = "The units of each SKU on hand, reserved and available")
class InventoryController {

	private final StockKeeping inventory;

	InventoryController(StockKeeping inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/{sku}")
	@Operation(summary = "The stock of a SKU")
	@ApiResponse(responseCode = "200", description = "The stock")
	@ApiResponse(responseCode = "404", description = "stock-not-found: the SKU has no stock")
	StockView get(@PathVariable @SkuFormat String sku) {
		return StockView.of(this.inventory.stockOf(sku));
	}

	@PutMapping("/{sku}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Set the units on hand of a SKU",
			description = "Creates the SKU's stock when it has none (201); without lowStockThreshold the current one"
					+ " is kept.")
	@ApiResponse(responseCode = "200", description = "The stock now")
	@ApiResponse(responseCode = "201", description = "The stock, created: the SKU had none",
			headers = @Header(name = HttpHeaders.LOCATION, required = true, description = "The stock's own URL",
					schema = @Schema(type = "string", format = "uri")))
	@ApiResponse(responseCode = "400",
			description = "validation-failed: a field is missing or out of range; errors"
					+ " names each one. invalid-sku: the SKU is not one inventory can hold")
	@ApiResponse(responseCode = "409",
			description = "stock-below-reserved: more units are reserved than onHand (reserved); concurrent-update")
	ResponseEntity<StockView> set(@PathVariable @SkuFormat String sku, @RequestBody @Valid StockChange change) {
		StockLevels.StockSetting setting = this.inventory.setStock(sku, change.onHand(), change.lowStockThreshold());
		StockView stock = StockView.of(setting.stock());
		return setting.created()
				? ResponseEntity.created(URI.create("/api/v1/inventory/stock/" + stock.sku())).body(stock)
				: ResponseEntity.ok(stock);
	}

}
