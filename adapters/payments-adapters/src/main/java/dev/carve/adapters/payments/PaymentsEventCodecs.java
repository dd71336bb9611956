package dev.carve.adapters.payments;

import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.ProtobufEventCodec;

/**
 * The events payments publishes as they travel between processes: each as its message in
 * the payments contract ({@code carve.payments.v1}), so any reader of the contract can
 * read them.
 */
public final class PaymentsEventCodecs {

	private PaymentsEventCodecs() {
	}

	/**
	 * Payments' events, {@link PaymentCaptured} and {@link PaymentFailed}, each with its
	 * codec. Decoding a payload that is not the event's message, or lacks a field the
	 * event needs, throws {@link dev.carve.runtime.events.UndecodableEventException}.
	 * @return the module's events
	 */
	public static ModuleEvents moduleEvents() {
		return ModuleEvents.of(PaymentsGatewayDeclaration.MODULE,
				ProtobufEventCodec.of(PaymentCaptured.class, dev.carve.contracts.payments.v1.PaymentCaptured.parser(),
						PaymentsEventMessages::toMessage, PaymentsEventMessages::fromMessage),
				ProtobufEventCodec.of(PaymentFailed.class, dev.carve.contracts.payments.v1.PaymentFailed.parser(),
						PaymentsEventMessages::toMessage, PaymentsEventMessages::fromMessage));
	}

}
