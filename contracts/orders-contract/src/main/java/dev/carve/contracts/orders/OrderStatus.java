package dev.carve.contracts.orders;

/** Where an order is in its life. */
public enum OrderStatus {

	/** Placed; stock and payment are being arranged. */
	PENDING,

	/** Stock reserved and payment authorized: the order will be fulfilled. */
	CONFIRMED,

	/** A step failed; whatever was done was undone. The order carries the reason. */
	REJECTED,

	/** Cancelled after confirmation; stock returned and payment refunded. */
	CANCELLED

}
