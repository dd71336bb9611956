package dev.carve.adapters.payments;

import dev.carve.adapters.testkit.MessageFieldsMatch;
import org.junit.jupiter.api.Test;

/**
 * Every record the payments adapters map to a protobuf message carries the same fields as
 * the message, so that a field added on one side only fails here instead of being lost on
 * the wire.
 */
class PaymentsMessageFieldsTests {

	@Test
	void paymentCaptured() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.payments.PaymentCaptured.class,
				dev.carve.contracts.payments.v1.PaymentCaptured.getDescriptor());
	}

	@Test
	void paymentFailed() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.payments.PaymentFailed.class,
				dev.carve.contracts.payments.v1.PaymentFailed.getDescriptor());
	}

	@Test
	void authorizePayment() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.payments.AuthorizePayment.class,
				dev.carve.contracts.payments.v1.AuthorizeRequest.getDescriptor());
	}

	@Test
	void paymentAuthorization() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.payments.PaymentAuthorization.class,
				dev.carve.contracts.payments.v1.PaymentAuthorization.getDescriptor());
	}

	@Test
	void money() {
		MessageFieldsMatch.assertMatch(dev.carve.kernel.Money.class,
				dev.carve.contracts.payments.v1.Money.getDescriptor(), "amount=amount_minor");
	}

}
