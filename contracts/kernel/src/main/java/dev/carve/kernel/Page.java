package dev.carve.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the items on this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalItems how many items the whole listing has
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

	public Page {
		items = List.copyOf(items);
	}

	/** How many pages the whole listing has. */
	public long totalPages() {
		return (this.totalItems + this.size - 1) / this.size;
	}

	/** The same page with each item mapped. */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems);
	}

}
