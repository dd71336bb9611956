package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import feign.Request;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The OpenFeign client of payments' HTTP gateway endpoints
 * ({@code /internal/v1/payments/...} in {@code payments.yaml}). Each method takes the
 * attempt's timeouts last.
 */
interface PaymentsHttpClient {

	@PostMapping(path = PaymentsHttpEndpoints.AUTHORIZATIONS, consumes = "application/json",
			produces = "application/json")
	PaymentAuthorization authorize(@RequestBody AuthorizePayment request, Request.Options options);

	@PostMapping(PaymentsHttpEndpoints.CAPTURE)
	void capture(@PathVariable("paymentId") UUID paymentId, Request.Options options);

	@PostMapping(PaymentsHttpEndpoints.REFUND)
	void refund(@PathVariable("paymentId") UUID paymentId, Request.Options options);

	@PostMapping(PaymentsHttpEndpoints.CANCEL_FOR_ORDER)
	void cancelForOrder(@PathVariable("orderId") UUID orderId, Request.Options options);

}
