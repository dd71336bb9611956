package dev.carve.shop.notifications.internal;

/** What a notification is about. */
enum NotificationKind {

	/** Welcome after sign-up. */
	CUSTOMER_REGISTERED,

	/** An order was confirmed. */
	ORDER_CONFIRMED,

	/** An order was cancelled. */
	ORDER_CANCELLED

}
