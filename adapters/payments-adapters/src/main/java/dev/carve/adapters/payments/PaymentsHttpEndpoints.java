package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link PaymentGateway} over HTTP for processes where payments is remote, to
 * callers with a service credential for payments. Domain errors leave as problem
 * responses from the runtime's one problem layer ({@code 402 payment-declined},
 * {@code 404
 * payment-not-found}, {@code 409 payment-state-conflict}, {@code 409
 * payment-request-conflict}); malformed input as {@code 400 validation-failed}.
 */
@RestController
@Tag(name = "payments-gateway", description = "The payment gateway, for other modules")
class PaymentsHttpEndpoints implements PaymentsHttpApi {

	private final PaymentGateway payments;

	PaymentsHttpEndpoints(PaymentGateway payments) {
		this.payments = payments;
	}

	@Operation(summary = "Authorize (hold) an amount for an order; idempotent per order and request")
	@ApiResponse(responseCode = "200", description = "The order's authorized payment")
	@ApiResponse(responseCode = "400",
			description = "validation-failed: a field is missing or out of bounds, such as an amount with more than "
					+ "15 digits before the decimal point or more decimals than its currency has; errors names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "402",
			description = "payment-declined: the provider declined; nothing is held (orderId, reason)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "payment-request-conflict: the order has a payment for a different amount or customer; "
					+ "nothing changes (orderId)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public PaymentAuthorization authorize(AuthorizePayment request) {
		return this.payments.authorize(request);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Capture an authorized payment; idempotent")
	@ApiResponse(responseCode = "204", description = "Captured, or captured already")
	@ApiResponse(responseCode = "404", description = "payment-not-found: no payment has that id (paymentId)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "payment-state-conflict: the payment was declined, voided or refunded (paymentId; "
					+ "the payment's state, such as VOIDED, in a second status member after the numeric one)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public void capture(UUID paymentId) {
		this.payments.capture(paymentId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Refund a payment in full, or void it if only authorized; idempotent")
	@ApiResponse(responseCode = "204", description = "Refunded or voided, or so already")
	@ApiResponse(responseCode = "404", description = "payment-not-found: no payment has that id (paymentId)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public void refund(UUID paymentId) {
		this.payments.refund(paymentId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Release whatever payment an order holds; idempotent, nothing to do without a payment")
	@ApiResponse(responseCode = "204", description = "Released, or nothing to release")
	@Override
	public void cancelForOrder(UUID orderId) {
		this.payments.cancelForOrder(orderId);
	}

}
