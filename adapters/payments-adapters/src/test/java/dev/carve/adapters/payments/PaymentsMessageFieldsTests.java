package dev.carve.adapters.payments;

import java.util.List;

import dev.carve.adapters.testkit.MessageFieldsSuite;

/**
 * The records the payments adapters map to protobuf messages carry the messages' fields
 * ({@link MessageFieldsSuite}).
 */
class PaymentsMessageFieldsTests extends MessageFieldsSuite {

	@Override
	protected List<Pair> pairs() {
		return List.of(
				pair(dev.carve.contracts.payments.PaymentCaptured.class,
						dev.carve.contracts.payments.v1.PaymentCaptured.getDescriptor()),
				pair(dev.carve.contracts.payments.PaymentFailed.class,
						dev.carve.contracts.payments.v1.PaymentFailed.getDescriptor()),
				pair(dev.carve.contracts.payments.AuthorizePayment.class,
						dev.carve.contracts.payments.v1.AuthorizeRequest.getDescriptor()),
				pair(dev.carve.contracts.payments.PaymentAuthorization.class,
						dev.carve.contracts.payments.v1.PaymentAuthorization.getDescriptor()),
				pair(dev.carve.kernel.Money.class, dev.carve.contracts.payments.v1.Money.getDescriptor(),
						"amount=amount_minor"));
	}

}
