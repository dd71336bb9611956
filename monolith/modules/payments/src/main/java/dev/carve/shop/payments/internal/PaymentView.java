package dev.carve.shop.payments.internal;

import java.util.UUID;

import dev.carve.kernel.Money;

/**
 * A payment as {@code GET /api/v1/payments/{orderId}} shows it.
 *
 * @param id the payment's id
 * @param orderId the order it pays for
 * @param amount the amount
 * @param status {@code AUTHORIZED}, {@code CAPTURED}, {@code REFUNDED}, {@code VOIDED} or
 * {@code DECLINED}
 */
record PaymentView(UUID id, UUID orderId, Money amount, PaymentStatus status) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.id(), payment.orderId(), payment.amount(), payment.status());
	}

}
