package dev.carve.shop.inventory.internal;

import dev.carve.kernel.Sku;
import dev.carve.runtime.web.SkuFormat;
import dev.carve.shop.inventory.InventoryManagement;
import jakarta.validation.Valid;

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
class InventoryController {

	private final InventoryManagement inventory;

	InventoryController(InventoryManagement inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/{sku}")
	StockView get(@PathVariable @SkuFormat String sku) {
		return StockView.of(this.inventory.stockOf(sku));
	}

	@PutMapping("/{sku}")
	@PreAuthorize("hasRole('ADMIN')")
	StockView set(@PathVariable @SkuFormat String sku, @RequestBody @Valid StockChange change) {
		return StockView.of(this.inventory.setStock(sku, change.onHand(), change.lowStockThreshold()));
	}

}
