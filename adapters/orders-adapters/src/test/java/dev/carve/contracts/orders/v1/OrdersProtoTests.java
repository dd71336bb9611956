package dev.carve.contracts.orders.v1;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import dev.carve.adapters.testkit.ServiceMethodsMatch;
import dev.carve.contracts.orders.OrderGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders proto compiles into messages that survive the wire and a real gRPC service.
 */
class OrdersProtoTests {

	private static final String ORDER_ID = "5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";

	private static final String CUSTOMER_ID = "3f1c2a9e-6b1d-4c8e-9a7f-2d5e8b0c4a11";

	@Test
	void orderStatusSurvivesTheWire() throws Exception {
		FindStatusResponse sent = FindStatusResponse.newBuilder()
			.setFound(true)
			.setOrder(OrderStatusView.newBuilder()
				.setOrderId(ORDER_ID)
				.setCustomerId(CUSTOMER_ID)
				.setStatus(OrderStatus.ORDER_STATUS_CONFIRMED)
				.setTotal(money(2500)))
			.build();
		FindStatusResponse received = FindStatusResponse.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getOrder().getStatus()).isEqualTo(OrderStatus.ORDER_STATUS_CONFIRMED);
		assertThat(received.getOrder().getTotal().getAmountMinor()).isEqualTo(2500);
	}

	@Test
	void orderCancelledKeepsAnAbsentPaymentAbsent() throws Exception {
		OrderCancelled sent = OrderCancelled.newBuilder()
			.setEventId("9b2e4f60-1c3d-4a5b-8c7d-0e1f2a3b4c5d")
			.setOrderId(ORDER_ID)
			.setCustomerId(CUSTOMER_ID)
			.addLines(OrderedLine.newBuilder().setSku("MUG-01").setQuantity(2).setUnitPrice(money(1250)))
			.setReason("customer asked")
			.setOccurredAt(Timestamp.newBuilder().setSeconds(Instant.parse("2026-03-01T10:15:30Z").getEpochSecond()))
			.build();
		OrderCancelled received = OrderCancelled.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.hasPaymentId()).isFalse();
		assertThat(received.getLines(0).getUnitPrice().getAmountMinor()).isEqualTo(1250);
	}

	@Test
	void orderPlacedAndConfirmedSurviveTheWire() throws Exception {
		OrderPlaced placed = OrderPlaced.newBuilder()
			.setEventId("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
			.setOrderId(ORDER_ID)
			.setCustomerId(CUSTOMER_ID)
			.addLines(OrderedLine.newBuilder().setSku("MUG-01").setQuantity(2).setUnitPrice(money(1250)))
			.setTotal(money(2500))
			.build();
		OrderConfirmed confirmed = OrderConfirmed.newBuilder()
			.setEventId("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
			.setOrderId(ORDER_ID)
			.setCustomerId(CUSTOMER_ID)
			.setPaymentId("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f")
			.addAllLines(placed.getLinesList())
			.setTotal(placed.getTotal())
			.build();
		assertThat(OrderPlaced.parseFrom(placed.toByteArray())).isEqualTo(placed);
		assertThat(OrderConfirmed.parseFrom(confirmed.toByteArray()).getPaymentId())
			.isEqualTo("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
	}

	@Test
	void serviceHasOneMethodPerGatewayMethod() {
		assertThat(OrderServiceGrpc.getServiceDescriptor().getName()).isEqualTo("carve.orders.v1.OrderService");
		ServiceMethodsMatch.assertMatch(OrderServiceGrpc.getServiceDescriptor(), OrderGateway.class);
	}

	private static Money money(long amountMinor) {
		return Money.newBuilder().setAmountMinor(amountMinor).setCurrency("EUR").build();
	}

}
