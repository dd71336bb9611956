package dev.carve.shop.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification as the customer reads it.
 *
 * @param id the notification's id
 * @param kind {@code CUSTOMER_REGISTERED}, {@code ORDER_CONFIRMED} or
 * {@code ORDER_CANCELLED}
 * @param subject one line
 * @param body the message
 * @param orderId the order it is about; {@code null} when it is about none
 * @param createdAt when it was recorded
 */
record NotificationView(UUID id, NotificationKind kind, String subject, String body, @Nullable UUID orderId,
		Instant createdAt) {
}
