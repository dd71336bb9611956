/**
 * The catalog module: the products the shop sells and their prices, offered to other
 * modules as {@link dev.carve.contracts.catalog.CatalogGateway}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.carve.shop.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
