/**
 * What the catalog module offers other modules: price quotes for SKUs and the
 * {@link dev.carve.contracts.catalog.ProductPriceChanged} event.
 */
@NullMarked
package dev.carve.contracts.catalog;

import org.jspecify.annotations.NullMarked;
