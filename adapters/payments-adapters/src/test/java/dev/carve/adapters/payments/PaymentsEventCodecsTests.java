package dev.carve.adapters.payments;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.EventCodecsSuite;
import dev.carve.api.DomainEvent;
import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Payments' events travel as the payments contract's messages ({@link EventCodecsSuite}).
 */
class PaymentsEventCodecsTests extends EventCodecsSuite {

	private final PaymentCaptured captured = new PaymentCaptured(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), Money.of("49.99", "EUR"), OCCURRED_AT);

	private final PaymentFailed failed = new PaymentFailed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			"card expired", OCCURRED_AT);

	PaymentsEventCodecsTests() {
		super(PaymentsEventCodecs.moduleEvents(), "payments");
	}

	@Override
	protected List<DomainEvent> samples() {
		return List.of(this.captured, this.failed);
	}

	@Test
	void paymentCapturedTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.payments.v1.PaymentCaptured.parseFrom(encodedWhole(this.captured));
		assertThat(wire.getEventId()).isEqualTo(this.captured.eventId().toString());
		assertThat(wire.getPaymentId()).isEqualTo(this.captured.paymentId().toString());
		assertThat(wire.getOrderId()).isEqualTo(this.captured.orderId().toString());
		assertThat(wire.getAmount().getAmountMinor()).isEqualTo(4999);
		assertThat(wire.getAmount().getCurrency()).isEqualTo("EUR");
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void paymentFailedTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.payments.v1.PaymentFailed.parseFrom(encodedWhole(this.failed));
		assertThat(wire.getEventId()).isEqualTo(this.failed.eventId().toString());
		assertThat(wire.getPaymentId()).isEqualTo(this.failed.paymentId().toString());
		assertThat(wire.getOrderId()).isEqualTo(this.failed.orderId().toString());
		assertThat(wire.getReason()).isEqualTo("card expired");
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void aMessageWithoutItsAmountIsRefusedNamingIt() {
		byte[] bytes = PaymentsEventMessages.toMessage(this.captured).toBuilder().clearAmount().build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> codec(PaymentCaptured.class).decode(bytes))
			.withMessageContaining("amount is missing");
	}

}
