package dev.carve.contracts.payments.v1;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import dev.carve.adapters.testkit.ServiceMethodsMatch;
import dev.carve.contracts.payments.PaymentGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payments proto compiles into messages that survive the wire and a real gRPC
 * service.
 */
class PaymentsProtoTests {

	private static final String ORDER_ID = "5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";

	private static final String PAYMENT_ID = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";

	@Test
	void authorizeSurvivesTheWire() throws Exception {
		AuthorizeRequest request = AuthorizeRequest.newBuilder()
			.setOrderId(ORDER_ID)
			.setCustomerId("3f1c2a9e-6b1d-4c8e-9a7f-2d5e8b0c4a11")
			.setAmount(money(2500))
			.build();
		AuthorizeResponse response = AuthorizeResponse.newBuilder()
			.setAuthorization(PaymentAuthorization.newBuilder()
				.setPaymentId(PAYMENT_ID)
				.setOrderId(ORDER_ID)
				.setAmount(request.getAmount()))
			.build();
		assertThat(AuthorizeRequest.parseFrom(request.toByteArray())).isEqualTo(request);
		AuthorizeResponse received = AuthorizeResponse.parseFrom(response.toByteArray());
		assertThat(received).isEqualTo(response);
		assertThat(received.getAuthorization().getPaymentId()).isEqualTo(PAYMENT_ID);
		assertThat(received.getAuthorization().getAmount().getAmountMinor()).isEqualTo(2500);
	}

	@Test
	void cancelForOrderSurvivesTheWire() throws Exception {
		CancelForOrderRequest request = CancelForOrderRequest.newBuilder().setOrderId(ORDER_ID).build();
		CancelForOrderResponse response = CancelForOrderResponse.getDefaultInstance();
		assertThat(CancelForOrderRequest.parseFrom(request.toByteArray()).getOrderId()).isEqualTo(ORDER_ID);
		assertThat(CancelForOrderResponse.parseFrom(response.toByteArray())).isEqualTo(response);
	}

	@Test
	void paymentEventsSurviveTheWire() throws Exception {
		Timestamp occurredAt = Timestamp.newBuilder()
			.setSeconds(Instant.parse("2026-03-01T10:15:30Z").getEpochSecond())
			.build();
		PaymentCaptured captured = PaymentCaptured.newBuilder()
			.setEventId("9b2e4f60-1c3d-4a5b-8c7d-0e1f2a3b4c5d")
			.setPaymentId(PAYMENT_ID)
			.setOrderId(ORDER_ID)
			.setAmount(money(2500))
			.setOccurredAt(occurredAt)
			.build();
		PaymentFailed failed = PaymentFailed.newBuilder()
			.setEventId("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
			.setPaymentId(PAYMENT_ID)
			.setOrderId(ORDER_ID)
			.setReason("card expired")
			.setOccurredAt(occurredAt)
			.build();
		assertThat(PaymentCaptured.parseFrom(captured.toByteArray())).isEqualTo(captured);
		PaymentFailed receivedFailure = PaymentFailed.parseFrom(failed.toByteArray());
		assertThat(receivedFailure).isEqualTo(failed);
		assertThat(receivedFailure.getReason()).isEqualTo("card expired");
	}

	@Test
	void serviceHasOneMethodPerGatewayMethod() {
		assertThat(PaymentServiceGrpc.getServiceDescriptor().getName()).isEqualTo("carve.payments.v1.PaymentService");
		ServiceMethodsMatch.assertMatch(PaymentServiceGrpc.getServiceDescriptor(), PaymentGateway.class);
	}

	private static Money money(long amountMinor) {
		return Money.newBuilder().setAmountMinor(amountMinor).setCurrency("EUR").build();
	}

}
