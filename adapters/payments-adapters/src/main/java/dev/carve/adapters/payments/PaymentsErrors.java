package dev.carve.adapters.payments;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.contracts.payments.PaymentRequestConflictException;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import org.jspecify.annotations.Nullable;

/**
 * The payment gateway's domain errors, rebuilt from their problem code and details.
 * Details that do not fit the code (a missing or malformed id) make the answer unusable
 * rather than a different error.
 */
final class PaymentsErrors implements DomainErrorDecoder {

	/**
	 * The state a refused operation wanted: capturing is the only gateway operation that
	 * is refused for the payment's state.
	 */
	static final String CAPTURED = "CAPTURED";

	@Override
	public @Nullable DomainException decode(String code, Map<String, String> details) {
		return switch (code) {
			case "payment-declined" -> declined(details);
			case "payment-request-conflict" -> {
				UUID orderId = uuid(details.get("orderId"));
				yield (orderId != null) ? new PaymentRequestConflictException(orderId) : null;
			}
			case "payment-not-found" -> {
				UUID paymentId = uuid(details.get("paymentId"));
				yield (paymentId != null) ? new PaymentNotFoundException(paymentId) : null;
			}
			case "payment-state-conflict" -> {
				UUID paymentId = uuid(details.get("paymentId"));
				String status = details.get("paymentStatus");
				yield (paymentId != null && status != null) ? new PaymentStateException(paymentId, status, CAPTURED)
						: null;
			}
			default -> null;
		};
	}

	private static @Nullable DomainException declined(Map<String, String> details) {
		UUID orderId = uuid(details.get("orderId"));
		String reason = details.get("reason");
		return (orderId != null && reason != null) ? new PaymentDeclinedException(orderId, reason) : null;
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
