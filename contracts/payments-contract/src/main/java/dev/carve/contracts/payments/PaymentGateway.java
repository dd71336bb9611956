package dev.carve.contracts.payments;

import java.util.UUID;

import dev.carve.api.Idempotent;

/**
 * Payments for orders, through the payment provider. One payment per order.
 *
 * <p>
 * Every implementation (in-process, gRPC, HTTP) behaves the same. A remote implementation
 * turns every transport failure into {@code GatewayUnavailableException}.
 */
public interface PaymentGateway {

	/**
	 * Authorizes (holds) an amount for an order. Idempotent per order and request:
	 * authorizing again for an order that has a payment, with the same customer and
	 * amount, answers as the first time did (the authorized payment, or the decline).
	 * @param request the order, customer and amount
	 * @return the authorized payment
	 * @throws PaymentDeclinedException when the provider declines, or when the order's
	 * payment was cancelled ({@link #cancelForOrder}) before or while it was authorized;
	 * nothing is held then (an authorization the provider gave meanwhile is voided)
	 * @throws PaymentRequestConflictException when the order has a payment for a
	 * different customer or amount; nothing changes then
	 */
	@Idempotent
	PaymentAuthorization authorize(AuthorizePayment request);

	/**
	 * Captures an authorized payment. Idempotent: capturing a captured payment does
	 * nothing.
	 * @param paymentId the payment
	 * @throws PaymentNotFoundException when no payment has that id
	 * @throws PaymentStateException when the payment was declined, voided or refunded;
	 * nothing changes then
	 */
	@Idempotent
	void capture(UUID paymentId);

	/**
	 * Refunds a payment in full, or voids it if it was only authorized. Idempotent:
	 * refunding a refunded payment does nothing.
	 * @param paymentId the payment
	 * @throws PaymentNotFoundException when no payment has that id
	 */
	@Idempotent
	void refund(UUID paymentId);

	/**
	 * Releases whatever payment an order holds: voids an authorization, refunds a
	 * capture. Idempotent: does nothing when the order has no payment (never authorized,
	 * declined, or already voided or refunded). Safe to call after an {@link #authorize}
	 * whose outcome is unknown, such as one that timed out: the cancellation is
	 * remembered, so an authorization still under way is voided as soon as the provider
	 * answers, and a later {@link #authorize} for the order is declined.
	 * @param orderId the order
	 */
	@Idempotent
	void cancelForOrder(UUID orderId);

}
