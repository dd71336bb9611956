package dev.carve.shop.payments.internal;

import java.util.UUID;

import dev.carve.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A payment as {@code GET /api/v1/payments/{orderId}} shows it, once the provider has
 * answered: a REQUESTED payment is not shown.
 *
 * @param id the payment's id
 * @param orderId the order it pays for
 * @param amount the amount
 * @param status {@code AUTHORIZED}, {@code CAPTURED}, {@code REFUNDED}, {@code VOIDED} or
 * {@code DECLINED}
 */
record PaymentView(UUID id, UUID orderId, Money amount, @Schema(allowableValues = {
		"AUTHORIZED", "CAPTURED", "REFUNDED", "VOIDED", "DECLINED" }) PaymentStatus status){

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.id(), payment.orderId(), payment.amount(), payment.status());
	}

}
