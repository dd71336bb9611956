/**
 * The inventory module: stock of every SKU and the reservations that hold it for orders,
 * offered to other modules as {@link dev.carve.contracts.inventory.InventoryGateway}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.carve.shop.inventory;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
