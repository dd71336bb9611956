package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.runtime.gateway.CallBudget;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The HTTP interface client of payments' HTTP gateway endpoints
 * ({@code /internal/v1/payments/...} in {@code payments.yaml}). Each method takes the
 * call's budget last, which bounds the attempt's timeouts.
 */
interface PaymentsHttpClient {

	@PostExchange(url = PaymentsHttpEndpoints.AUTHORIZATIONS, contentType = "application/json",
			accept = "application/json")
	PaymentAuthorization authorize(@RequestBody AuthorizePayment request, CallBudget budget);

	@PostExchange(PaymentsHttpEndpoints.CAPTURE)
	void capture(@PathVariable("paymentId") UUID paymentId, CallBudget budget);

	@PostExchange(PaymentsHttpEndpoints.REFUND)
	void refund(@PathVariable("paymentId") UUID paymentId, CallBudget budget);

	@PostExchange(PaymentsHttpEndpoints.CANCEL_FOR_ORDER)
	void cancelForOrder(@PathVariable("orderId") UUID orderId, CallBudget budget);

}
