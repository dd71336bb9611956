package dev.carve.shop.orders.internal;

import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.runtime.events.ModuleEventListener;

import org.springframework.stereotype.Component;

/**
 * What orders does when payments reports: a capture is recorded on the order; a failed
 * capture cancels the CONFIRMED order it was for. Both are idempotent, on top of the
 * inbox that already drops repeated deliveries.
 */
@Component
class PaymentEvents {

	private final OrderTransitions transitions;

	PaymentEvents(OrderTransitions transitions) {
		this.transitions = transitions;
	}

	@ModuleEventListener
	void paymentCaptured(PaymentCaptured event) {
		this.transitions.recordCapture(event.orderId(), event.occurredAt());
	}

	@ModuleEventListener
	void paymentFailed(PaymentFailed event) {
		this.transitions.cancelForFailedPayment(event.orderId(), event.paymentId(), event.reason());
	}

}
