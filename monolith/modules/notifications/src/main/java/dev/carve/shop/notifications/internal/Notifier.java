package dev.carve.shop.notifications.internal;

import java.util.Optional;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.runtime.events.ModuleEventListener;

import org.springframework.stereotype.Component;

/**
 * Tells customers what happened: a welcome on sign-up, a note when an order is confirmed
 * or cancelled, addressed by the e-mail address and name kept from sign-up when they are
 * known. Delivery is recording only: each message is stored for the customer to read
 * through {@code GET /api/v1/notifications}; no mail server is involved. Each event
 * records one notification however often it arrives (the runtime's inbox).
 */
@Component
class Notifier {

	private final Notifications notifications;

	private final CustomerEmails emails;

	Notifier(Notifications notifications, CustomerEmails emails) {
		this.notifications = notifications;
		this.emails = emails;
	}

	@ModuleEventListener
	void welcome(CustomerRegistered event) {
		CustomerEmail recipient = this.emails.save(new CustomerEmail(event.customerId(), event.email(), event.name()));
		this.notifications.save(new Notification(event.customerId(), NotificationKind.CUSTOMER_REGISTERED,
				"Welcome to Carve, " + recipient.name(),
				"Hello " + recipient.name() + ", your account " + recipient.email() + " is ready.", null));
	}

	@ModuleEventListener
	void orderConfirmed(OrderConfirmed event) {
		Optional<CustomerEmail> recipient = this.emails.findById(event.customerId());
		String text = "Order " + event.orderId() + " confirmed, total " + event.total();
		this.notifications.save(new Notification(event.customerId(), NotificationKind.ORDER_CONFIRMED, text,
				greeting(recipient) + text + "." + sentTo(recipient), event.orderId()));
	}

	@ModuleEventListener
	void orderCancelled(OrderCancelled event) {
		Optional<CustomerEmail> recipient = this.emails.findById(event.customerId());
		String text = "Order " + event.orderId() + " cancelled";
		this.notifications.save(new Notification(event.customerId(), NotificationKind.ORDER_CANCELLED, text,
				greeting(recipient) + text + ": " + event.reason() + "." + sentTo(recipient), event.orderId()));
	}

	private static String greeting(Optional<CustomerEmail> recipient) {
		return recipient.map((email) -> "Hello " + email.name() + ", ").orElse("");
	}

	private static String sentTo(Optional<CustomerEmail> recipient) {
		return recipient.map((email) -> " This message is addressed to " + email.email() + ".").orElse("");
	}

}
