package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.runtime.gateway.RemoteCalls;

/**
 * {@link PaymentGateway} over HTTP, a Spring HTTP interface client of payments' gateway
 * endpoints. Every method is idempotent by contract (authorizing per order), so every one
 * is retried within the call's deadline.
 */
public final class HttpPaymentGateway implements PaymentGateway {

	private final PaymentsHttpApi client;

	private final RemoteCalls calls;

	HttpPaymentGateway(PaymentsHttpApi client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public PaymentAuthorization authorize(AuthorizePayment request) {
		return this.calls.call("authorize", () -> this.client.authorize(request));
	}

	@Override
	public void capture(UUID paymentId) {
		this.calls.run("capture", () -> this.client.capture(paymentId));
	}

	@Override
	public void refund(UUID paymentId) {
		this.calls.run("refund", () -> this.client.refund(paymentId));
	}

	@Override
	public void cancelForOrder(UUID orderId) {
		this.calls.run("cancelForOrder", () -> this.client.cancelForOrder(orderId));
	}

}
