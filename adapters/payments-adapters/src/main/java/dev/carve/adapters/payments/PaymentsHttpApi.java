package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The payments gateway over HTTP, mapped once: the requests of
 * {@code /internal/v1/payments/...} (in {@code payments.yaml}).
 * {@link PaymentsHttpEndpoints} serves them and the runtime proxies the interface as the
 * client, which is the gateway: each method is declared as the contract declares it.
 * Nothing but the exchange is on it: the call's budget reaches the request on its own.
 */
interface PaymentsHttpApi {

	String AUTHORIZATIONS = "/internal/v1/payments/authorizations";

	String CAPTURE = "/internal/v1/payments/{paymentId}/capture";

	String REFUND = "/internal/v1/payments/{paymentId}/refund";

	String CANCEL_FOR_ORDER = "/internal/v1/payments/orders/{orderId}/cancel";

	@PostExchange(url = AUTHORIZATIONS, contentType = "application/json", accept = "application/json")
	PaymentAuthorization authorize(@RequestBody AuthorizePayment request);

	@PostExchange(CAPTURE)
	void capture(@PathVariable("paymentId") UUID paymentId);

	@PostExchange(REFUND)
	void refund(@PathVariable("paymentId") UUID paymentId);

	@PostExchange(CANCEL_FOR_ORDER)
	void cancelForOrder(@PathVariable("orderId") UUID orderId);

}
