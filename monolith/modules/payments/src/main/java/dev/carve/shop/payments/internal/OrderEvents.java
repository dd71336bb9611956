package dev.carve.shop.payments.internal;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.runtime.events.ModuleEventListener;

import org.springframework.stereotype.Component;

/**
 * Settles payments as orders are decided: a confirmed order's payment is captured, a
 * cancelled order's payment refunded (or voided if it was never captured). Both are
 * idempotent, so a repeated event changes nothing.
 */
@Component
class OrderEvents {

	private final PaymentSettlement payments;

	OrderEvents(PaymentSettlement payments) {
		this.payments = payments;
	}

	@ModuleEventListener
	void captureConfirmed(OrderConfirmed event) {
		this.payments.capture(event.paymentId());
	}

	@ModuleEventListener
	void refundCancelled(OrderCancelled event) {
		this.payments.cancelForOrder(event.orderId());
	}

}
