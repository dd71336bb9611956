package dev.carve.shop.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

/**
 * A message the shop recorded for a customer. Delivery is recording only: the message is
 * kept for the customer to read through the API, and no mail is sent.
 * <p>
 * Its id is assigned when it is made, so it tells Spring Data itself whether it is new
 * ({@link Persistable}): saving a new one inserts it, without first looking for it.
 */
@Entity
@Table(schema = "notifications", name = "notifications")
class Notification implements Persistable<UUID> {

	@Id
	private UUID id;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String subject;

	private String body;

	private @Nullable UUID orderId;

	private Instant createdAt;

	/** Whether this notification was made here and not stored yet. */
	@Transient
	private boolean unsaved;

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
		this.unsaved = true;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.unsaved;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.unsaved = false;
	}

	NotificationView view() {
		return new NotificationView(this.id, this.kind, this.subject, this.body, this.orderId, this.createdAt);
	}

}
