package dev.carve.contracts.payments;

import java.util.UUID;

/**
 * Payments for orders, through the payment provider. One payment per order.
 *
 * <p>
 * Every implementation (in-process, gRPC, HTTP) behaves the same. A remote implementation
 * turns every transport failure into {@code GatewayUnavailableException}.
 */
public interface PaymentGateway {

	/**
	 * Authorizes (holds) an amount for an order. Idempotent per order: authorizing again
	 * for an order that has an authorized payment returns that payment.
	 * @param request the order, customer and amount
	 * @return the authorized payment
	 * @throws PaymentDeclinedException when the provider declines; nothing is held then
	 */
	PaymentAuthorization authorize(AuthorizePayment request);

	/**
	 * Captures an authorized payment. Idempotent: capturing a captured payment does
	 * nothing.
	 * @param paymentId the payment
	 * @throws PaymentNotFoundException when no payment has that id
	 */
	void capture(UUID paymentId);

	/**
	 * Refunds a payment in full, or voids it if it was only authorized. Idempotent:
	 * refunding a refunded payment does nothing.
	 * @param paymentId the payment
	 * @throws PaymentNotFoundException when no payment has that id
	 */
	void refund(UUID paymentId);

}
