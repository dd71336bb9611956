package dev.carve.adapters.orders;

import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.contracts.orders.v1.FindStatusResponse;
import dev.carve.kernel.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every order status and amount survives the trip through the protobuf messages, and a
 * status the message does not carry is refused rather than guessed.
 */
class OrdersMessagesTests {

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void everyStatusSurvivesTheWire(OrderStatus status) throws Exception {
		OrderStatusView sent = new OrderStatusView(UUID.randomUUID(), UUID.randomUUID(), status,
				Money.of("1234.50", "EUR"));
		FindStatusResponse wire = FindStatusResponse
			.parseFrom(OrdersMessages.toMessage(Optional.of(sent)).toByteArray());
		assertThat(wire.getOrder().getTotal().getAmountMinor()).isEqualTo(123450);
		assertThat(OrdersMessages.fromMessage(wire)).contains(sent);
	}

	@Test
	void anAmountKeepsTheScaleOfItsCurrency() {
		OrderStatusView sent = new OrderStatusView(UUID.randomUUID(), UUID.randomUUID(), OrderStatus.CONFIRMED,
				Money.of("3600", "JPY"));
		Money total = OrdersMessages.fromMessage(OrdersMessages.toMessage(Optional.of(sent))).orElseThrow().total();
		assertThat(total.amount().scale()).isZero();
		assertThat(total).isEqualTo(sent.total());
	}

	@Test
	void notFoundIsAnEmptyAnswer() throws Exception {
		FindStatusResponse wire = FindStatusResponse
			.parseFrom(OrdersMessages.toMessage(Optional.empty()).toByteArray());
		assertThat(wire.getFound()).isFalse();
		assertThat(wire.hasOrder()).isFalse();
		assertThat(OrdersMessages.fromMessage(wire)).isEmpty();
	}

	@Test
	void anUnspecifiedStatusIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> OrdersMessages.fromMessage(dev.carve.contracts.orders.v1.OrderStatus.ORDER_STATUS_UNSPECIFIED));
	}

}
