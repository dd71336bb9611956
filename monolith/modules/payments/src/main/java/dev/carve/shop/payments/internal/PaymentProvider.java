package dev.carve.shop.payments.internal;

import java.util.UUID;

import dev.carve.kernel.Money;

/**
 * The port to a payment provider: where money is held, moved and paid back. Calls may be
 * slow. A call that cannot reach the provider throws a {@link RuntimeException} and the
 * operation may be retried: every call is idempotent.
 */
public interface PaymentProvider {

	/**
	 * Asks the provider to hold an amount.
	 * @param amount how much
	 * @param customerId who pays
	 * @param reference our key for the payment (the order id); the provider treats a
	 * repeat with the same reference as the same request
	 * @return the provider's authorization id, or why it declined
	 */
	ProviderDecision authorize(Money amount, UUID customerId, String reference);

	/**
	 * Moves the held amount. Capturing a captured authorization does nothing.
	 * @param authorizationId the id {@link #authorize} returned
	 */
	void capture(String authorizationId);

	/**
	 * Pays a captured amount back in full. Refunding twice does nothing.
	 * @param authorizationId the id {@link #authorize} returned
	 */
	void refund(String authorizationId);

	/**
	 * Releases a hold that was never captured. Voiding twice does nothing.
	 * @param authorizationId the id {@link #authorize} returned
	 */
	void voidAuthorization(String authorizationId);

}
