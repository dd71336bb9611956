package dev.carve.contracts.payments;

import java.util.UUID;

import dev.carve.kernel.Money;

/**
 * A payment that was authorized.
 *
 * @param paymentId the payment's id
 * @param orderId the order it pays for
 * @param amount the amount held
 */
public record PaymentAuthorization(UUID paymentId, UUID orderId, Money amount) {
}
