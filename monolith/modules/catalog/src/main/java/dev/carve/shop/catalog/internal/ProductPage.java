package dev.carve.shop.catalog.internal;

import java.util.List;

import dev.carve.kernel.Page;

/**
 * One page of a product listing.
 *
 * @param items the products on this page
 * @param page zero-based page number
 * @param size the page size asked for
 * @param totalItems how many products the whole listing has
 * @param totalPages how many pages the whole listing has
 */
record ProductPage(List<ProductView> items, int page, int size, long totalItems, long totalPages) {

	static ProductPage of(Page<Product> page) {
		Page<ProductView> views = page.map(ProductView::of);
		return new ProductPage(views.items(), views.page(), views.size(), views.totalItems(), views.totalPages());
	}

}
