package dev.carve.shop.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.shop.payments.internal.PaymentRequests;
import dev.carve.shop.payments.internal.PaymentSettlement;

import org.springframework.stereotype.Service;

/**
 * The in-process {@link PaymentGateway}: payments through the payments module's own
 * provider, one per order.
 */
@Service
class PaymentManagement implements PaymentGateway {

	private final PaymentRequests requests;

	private final PaymentSettlement settlement;

	PaymentManagement(PaymentRequests requests, PaymentSettlement settlement) {
		this.requests = requests;
		this.settlement = settlement;
	}

	@Override
	public PaymentAuthorization authorize(AuthorizePayment request) {
		return this.requests.authorize(request);
	}

	@Override
	public void capture(UUID paymentId) {
		this.settlement.capture(paymentId);
	}

	@Override
	public void refund(UUID paymentId) {
		this.settlement.refund(paymentId);
	}

	@Override
	public void cancelForOrder(UUID orderId) {
		this.settlement.cancelForOrder(orderId);
	}

}
