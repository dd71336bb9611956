package dev.carve.contracts.inventory.v1;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import dev.carve.adapters.testkit.ServiceMethodsMatch;
import dev.carve.contracts.inventory.InventoryGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory proto compiles into messages that survive the wire and a real gRPC
 * service.
 */
class InventoryProtoTests {

	private static final String ORDER_ID = "5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";

	@Test
	void reservationSurvivesTheWire() throws Exception {
		Instant expiresAt = Instant.parse("2026-03-01T10:30:00Z");
		ReserveResponse sent = ReserveResponse.newBuilder()
			.setReservation(Reservation.newBuilder()
				.setReservationId("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
				.setOrderId(ORDER_ID)
				.addLines(line("MUG-01", 2))
				.addLines(line("TEE-02", 1))
				.setExpiresAt(timestamp(expiresAt)))
			.build();
		ReserveResponse received = ReserveResponse.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getReservation().getOrderId()).isEqualTo(ORDER_ID);
		assertThat(received.getReservation().getLinesList()).extracting(StockLine::getQuantity).containsExactly(2, 1);
		assertThat(received.getReservation().getExpiresAt().getSeconds()).isEqualTo(expiresAt.getEpochSecond());
	}

	@Test
	void stockEventsSurviveTheWire() throws Exception {
		StockReserved reserved = StockReserved.newBuilder()
			.setEventId("9b2e4f60-1c3d-4a5b-8c7d-0e1f2a3b4c5d")
			.setOrderId(ORDER_ID)
			.addLines(line("MUG-01", 2))
			.setOccurredAt(timestamp(Instant.parse("2026-03-01T10:15:30Z")))
			.build();
		StockLow low = StockLow.newBuilder()
			.setEventId("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
			.setSku("MUG-01")
			.setAvailable(3)
			.setThreshold(5)
			.setOccurredAt(timestamp(Instant.parse("2026-03-01T10:15:31Z")))
			.build();
		assertThat(StockReserved.parseFrom(reserved.toByteArray())).isEqualTo(reserved);
		StockLow receivedLow = StockLow.parseFrom(low.toByteArray());
		assertThat(receivedLow).isEqualTo(low);
		assertThat(receivedLow.getAvailable()).isEqualTo(3);
		assertThat(receivedLow.getThreshold()).isEqualTo(5);
	}

	@Test
	void serviceHasOneMethodPerGatewayMethod() {
		assertThat(InventoryServiceGrpc.getServiceDescriptor().getName())
			.isEqualTo("carve.inventory.v1.InventoryService");
		ServiceMethodsMatch.assertMatch(InventoryServiceGrpc.getServiceDescriptor(), InventoryGateway.class);
	}

	private static StockLine line(String sku, int quantity) {
		return StockLine.newBuilder().setSku(sku).setQuantity(quantity).build();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

}
