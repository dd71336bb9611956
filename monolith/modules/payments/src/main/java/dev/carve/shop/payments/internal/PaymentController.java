package dev.carve.shop.payments.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The payment of an order, for the customer who placed it and for administrators. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentController {

	private final Payments payments;

	PaymentController(Payments payments) {
		this.payments = payments;
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "The payment of an order",
			description = "Visible to the customer who pays and to administrators; to anyone else the payment"
					+ " does not exist.")
	@ApiResponse(responseCode = "200", description = "The payment")
	@ApiResponse(responseCode = "404", description = "No payment the caller may see (problem payment-not-found)")
	PaymentView payment(@PathVariable UUID orderId, @AuthenticationPrincipal Jwt jwt, Authentication authentication) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return this.payments.findByOrderId(orderId)
			.filter((payment) -> payment.status() != PaymentStatus.REQUESTED)
			.filter((payment) -> admin || payment.customerId().toString().equals(jwt.getSubject()))
			.map(PaymentView::of)
			.orElseThrow(() -> new OrderPaymentNotFoundException(orderId));
	}

}
