package dev.carve.shop.inventory.internal;

/** Where a reservation is in its life. */
public enum ReservationStatus {

	/** It holds stock. */
	RESERVED,

	/** Its units left stock for good. */
	COMMITTED,

	/** Its units were made available again: released, or returned after a commit. */
	RELEASED,

	/** It lapsed before it was committed and its units were made available again. */
	EXPIRED

}
