package dev.carve.adapters.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.v1.ReserveRequest;

/** Converts between the inventory contract's records and its protobuf messages. */
final class InventoryMessages {

	private InventoryMessages() {
	}

	static ReserveRequest toMessage(ReserveStock request) {
		return ReserveRequest.newBuilder()
			.setOrderId(request.orderId().toString())
			.addAllLines(request.lines().stream().map(InventoryMessages::toMessage).toList())
			.build();
	}

	static ReserveStock fromMessage(ReserveRequest request) {
		return new ReserveStock(UUID.fromString(request.getOrderId()),
				request.getLinesList().stream().map(InventoryMessages::fromMessage).toList());
	}

	static dev.carve.contracts.inventory.v1.Reservation toMessage(Reservation reservation) {
		return dev.carve.contracts.inventory.v1.Reservation.newBuilder()
			.setReservationId(reservation.reservationId().toString())
			.setOrderId(reservation.orderId().toString())
			.addAllLines(reservation.lines().stream().map(InventoryMessages::toMessage).toList())
			.setExpiresAt(timestamp(reservation.expiresAt()))
			.build();
	}

	static Reservation fromMessage(dev.carve.contracts.inventory.v1.Reservation reservation) {
		List<StockLine> lines = reservation.getLinesList().stream().map(InventoryMessages::fromMessage).toList();
		return new Reservation(UUID.fromString(reservation.getReservationId()),
				UUID.fromString(reservation.getOrderId()), lines, instant(reservation.getExpiresAt()));
	}

	static dev.carve.contracts.inventory.v1.StockLine toMessage(StockLine line) {
		return dev.carve.contracts.inventory.v1.StockLine.newBuilder()
			.setSku(line.sku())
			.setQuantity(line.quantity())
			.build();
	}

	static StockLine fromMessage(dev.carve.contracts.inventory.v1.StockLine line) {
		return new StockLine(line.getSku(), line.getQuantity());
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

}
