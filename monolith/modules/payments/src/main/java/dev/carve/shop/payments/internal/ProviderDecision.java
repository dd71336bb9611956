package dev.carve.shop.payments.internal;

/** The provider's answer to an authorization request. */
public sealed interface ProviderDecision {

	/**
	 * The provider holds the amount.
	 *
	 * @param authorizationId the provider's id for the hold
	 */
	record Approved(String authorizationId) implements ProviderDecision {
	}

	/**
	 * The provider refused.
	 *
	 * @param reason why, in words a customer may read
	 */
	record Declined(String reason) implements ProviderDecision {
	}

}
