package dev.carve.shop.orders.internal;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.payments.PaymentGateway;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Rejects orders and gives back what other modules hold for them. An order is rejected
 * first, and only if it is still PENDING when read again, so a confirmation that won a
 * race (or committed although its caller saw a failure) is never undone. What it owes is
 * then given back with idempotent calls by order id: the payment (voided, or refunded),
 * then the reservation. The order records that it owes them in the same transaction that
 * rejects it, and forgets it only once both calls succeeded; a call refused by an open
 * circuit or any other failure is repeated by {@link OrderRecovery} (ADR 19).
 */
@Component
class OrderCompensation {

	private static final Log logger = LogFactory.getLog(OrderCompensation.class);

	private final InventoryGateway inventory;

	private final PaymentGateway payments;

	private final OrderTransitions transitions;

	OrderCompensation(InventoryGateway inventory, PaymentGateway payments, OrderTransitions transitions) {
		this.inventory = inventory;
		this.payments = payments;
		this.transitions = transitions;
	}

	/**
	 * Rejects the order if it is still PENDING, then gives back what it may hold.
	 * Failures are logged and added to {@code cause}; they never replace it.
	 * @param compensate whether anything may be held for it (false only when no step
	 * reached another module)
	 * @return whether this call rejected the order
	 */
	boolean reject(UUID orderId, String reason, boolean compensate, RuntimeException cause) {
		boolean rejected;
		try {
			rejected = this.transitions.rejectIfPending(orderId, reason, compensate);
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
			logger.error("Could not mark order " + orderId + " REJECTED (" + reason + "); the recovery sweep will", ex);
			return false;
		}
		if (rejected && compensate) {
			compensate(orderId);
		}
		return rejected;
	}

	/**
	 * Gives back what a rejected order may hold and, when every call succeeded, records
	 * that it owes nothing any more.
	 * @return whether everything was given back
	 */
	boolean compensate(UUID orderId) {
		boolean paymentGivenBack = attempt(orderId, "payment", () -> this.payments.cancelForOrder(orderId));
		boolean stockGivenBack = attempt(orderId, "stock", () -> this.inventory.release(orderId));
		return paymentGivenBack && stockGivenBack
				&& attempt(orderId, "compensation record", () -> this.transitions.compensated(orderId));
	}

	private static boolean attempt(UUID orderId, String what, Runnable call) {
		try {
			call.run();
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("Could not yet give back the " + what + " of rejected order " + orderId
					+ "; the recovery sweep tries again", ex);
			return false;
		}
	}

}
