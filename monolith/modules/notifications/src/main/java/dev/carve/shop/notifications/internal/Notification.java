package dev.carve.shop.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A message the shop recorded for a customer. Delivery is recording only: the message is
 * kept for the customer to read through the API, and no mail is sent.
 */
@Entity
@Table(schema = "notifications", name = "notifications")
class Notification {

	@Id
	private UUID id;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String subject;

	private String body;

	private @Nullable UUID orderId;

	private Instant createdAt;

	/** For JPA. */
	protected Notification() {
	}

	Notification(UUID customerId, NotificationKind kind, String subject, String body, @Nullable UUID orderId) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.kind = kind;
		this.subject = subject;
		this.body = body;
		this.orderId = orderId;
		this.createdAt = Instant.now();
	}

	NotificationView view() {
		return new NotificationView(this.id, this.kind, this.subject, this.body, this.orderId, this.createdAt);
	}

}
