package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.v1.AuthorizeRequest;
import dev.carve.contracts.payments.v1.Money;

/** Converts between the payments contract's records and its protobuf messages. */
final class PaymentsMessages {

	private PaymentsMessages() {
	}

	static AuthorizeRequest toMessage(AuthorizePayment request) {
		return AuthorizeRequest.newBuilder()
			.setOrderId(request.orderId().toString())
			.setCustomerId(request.customerId().toString())
			.setAmount(toMessage(request.amount()))
			.build();
	}

	static AuthorizePayment fromMessage(AuthorizeRequest request) {
		return new AuthorizePayment(UUID.fromString(request.getOrderId()), UUID.fromString(request.getCustomerId()),
				fromMessage(request.getAmount()));
	}

	static dev.carve.contracts.payments.v1.PaymentAuthorization toMessage(PaymentAuthorization authorization) {
		return dev.carve.contracts.payments.v1.PaymentAuthorization.newBuilder()
			.setPaymentId(authorization.paymentId().toString())
			.setOrderId(authorization.orderId().toString())
			.setAmount(toMessage(authorization.amount()))
			.build();
	}

	static PaymentAuthorization fromMessage(dev.carve.contracts.payments.v1.PaymentAuthorization authorization) {
		return new PaymentAuthorization(UUID.fromString(authorization.getPaymentId()),
				UUID.fromString(authorization.getOrderId()), fromMessage(authorization.getAmount()));
	}

	static Money toMessage(dev.carve.kernel.Money money) {
		return Money.newBuilder().setAmountMinor(money.minorUnits()).setCurrency(money.currency()).build();
	}

	static dev.carve.kernel.Money fromMessage(Money money) {
		return dev.carve.kernel.Money.ofMinor(money.getAmountMinor(), money.getCurrency());
	}

}
