package dev.carve.shop.notifications.internal;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a customer's notifications, newest first.
 *
 * @param items the notifications on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalItems how many notifications the customer has
 * @param totalPages how many pages of this size they fill
 */
record NotificationPage(List<NotificationView> items, int page, int size, long totalItems, long totalPages) {

	static NotificationPage of(Page<Notification> found) {
		return new NotificationPage(found.map(Notification::view).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

}
