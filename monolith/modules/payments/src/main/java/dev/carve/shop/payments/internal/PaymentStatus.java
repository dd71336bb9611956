package dev.carve.shop.payments.internal;

/** Where a payment stands. */
public enum PaymentStatus {

	/**
	 * The provider is being asked to hold the amount, or was asked and its answer is not
	 * recorded yet.
	 */
	REQUESTED,

	/** The provider holds the amount; nothing has moved yet. */
	AUTHORIZED,

	/** The money moved. */
	CAPTURED,

	/** A captured payment was paid back in full. */
	REFUNDED,

	/** An authorized payment was released before it was captured. */
	VOIDED,

	/** The provider refused to authorize it. */
	DECLINED

}
