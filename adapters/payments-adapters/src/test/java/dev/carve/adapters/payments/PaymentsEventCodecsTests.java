package dev.carve.adapters.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Payments' events travel as the payments contract's messages: each survives the trip
 * whole, its bytes are the contract's message, and bytes that are not the event are
 * refused.
 */
class PaymentsEventCodecsTests {

	private static final Instant OCCURRED_AT = Instant.parse("2026-03-14T09:26:53.589793238Z");

	private final ModuleEvents events = PaymentsEventCodecs.moduleEvents();

	@Test
	void paymentCapturedTravelsAsTheContractMessage() throws Exception {
		PaymentCaptured captured = capture();
		byte[] bytes = this.events.codec(PaymentCaptured.class).encode(captured);
		var wire = dev.carve.contracts.payments.v1.PaymentCaptured.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(captured.eventId().toString());
		assertThat(wire.getPaymentId()).isEqualTo(captured.paymentId().toString());
		assertThat(wire.getOrderId()).isEqualTo(captured.orderId().toString());
		assertThat(wire.getAmount().getAmountMinor()).isEqualTo(4999);
		assertThat(wire.getAmount().getCurrency()).isEqualTo("EUR");
		assertThat(wire.getOccurredAt().getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(wire.getOccurredAt().getNanos()).isEqualTo(589_793_238);
		assertThat(this.events.codec(PaymentCaptured.class).decode(bytes)).isEqualTo(captured);
	}

	@Test
	void paymentFailedTravelsAsTheContractMessage() throws Exception {
		PaymentFailed failed = new PaymentFailed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"card expired", OCCURRED_AT);
		byte[] bytes = this.events.codec(PaymentFailed.class).encode(failed);
		var wire = dev.carve.contracts.payments.v1.PaymentFailed.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(failed.eventId().toString());
		assertThat(wire.getPaymentId()).isEqualTo(failed.paymentId().toString());
		assertThat(wire.getOrderId()).isEqualTo(failed.orderId().toString());
		assertThat(wire.getReason()).isEqualTo("card expired");
		assertThat(wire.getOccurredAt().getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(wire.getOccurredAt().getNanos()).isEqualTo(589_793_238);
		assertThat(this.events.codec(PaymentFailed.class).decode(bytes)).isEqualTo(failed);
	}

	@ParameterizedTest
	@ValueSource(classes = { PaymentCaptured.class, PaymentFailed.class })
	void bytesThatAreNoMessageAreRefused(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(type).decode(new byte[] { 1, 2, 3, 4, 5 }));
	}

	@ParameterizedTest
	@ValueSource(classes = { PaymentCaptured.class, PaymentFailed.class })
	void anEmptyMessageIsRefusedNamingTheMissingField(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(type).decode(new byte[0]))
			.withMessageContaining(type.getSimpleName())
			.withMessageContaining("event_id is missing");
	}

	@Test
	void aMessageWithoutItsAmountIsRefusedNamingIt() {
		byte[] bytes = PaymentsEventMessages.toMessage(capture()).toBuilder().clearAmount().build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(PaymentCaptured.class).decode(bytes))
			.withMessageContaining("amount is missing");
	}

	@Test
	void eachEventHasItsOwnTopic() {
		assertThat(this.events.topic(PaymentCaptured.class)).isEqualTo("carve.payments.PaymentCaptured");
		assertThat(this.events.topic(PaymentFailed.class)).isEqualTo("carve.payments.PaymentFailed");
	}

	@Test
	void theModuleDeclaresExactlyTheEventsItPublishes() {
		assertThat(this.events.module()).isEqualTo("payments");
		List<Class<?>> types = this.events.codecs().stream().<Class<?>>map(EventCodec::eventType).toList();
		assertThat(types).containsExactlyInAnyOrder(PaymentCaptured.class, PaymentFailed.class);
	}

	private static PaymentCaptured capture() {
		return new PaymentCaptured(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Money.of("49.99", "EUR"),
				OCCURRED_AT);
	}

}
