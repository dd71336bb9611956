package dev.carve.shop.notifications.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The notifications recorded for customers. */
interface Notifications extends Repository<Notification, UUID> {

	/** Records a notification. */
	Notification save(Notification notification);

	/** One page of a customer's notifications, in the order the page asks for. */
	Page<Notification> findByCustomerId(UUID customerId, Pageable pageable);

}
