package dev.carve.shop.orders.internal;

import java.util.List;

import dev.carve.kernel.Page;

/**
 * One page of a customer's orders, newest first.
 *
 * @param items the orders on this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalItems how many orders the customer has
 * @param totalPages how many pages of this size they fill
 */
record OrderHistory(List<OrderView> items, int page, int size, long totalItems, long totalPages) {

	static OrderHistory of(Page<OrderView> page) {
		return new OrderHistory(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
	}

}
