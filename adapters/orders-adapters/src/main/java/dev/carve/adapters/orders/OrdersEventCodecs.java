package dev.carve.adapters.orders;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderPlaced;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.ProtobufEventCodec;

/**
 * The events orders publishes as they travel between processes: each as its message in
 * the orders contract ({@code carve.orders.v1}), so any reader of the contract can read
 * them.
 */
public final class OrdersEventCodecs {

	private OrdersEventCodecs() {
	}

	/**
	 * Orders' events, {@link OrderPlaced}, {@link OrderConfirmed} and
	 * {@link OrderCancelled}, each with its codec. Decoding a payload that is not the
	 * event's message, or lacks a field the event needs, throws
	 * {@link dev.carve.runtime.events.UndecodableEventException}.
	 * @return the module's events
	 */
	public static ModuleEvents moduleEvents() {
		return ModuleEvents.of(OrdersGatewayDeclaration.MODULE,
				ProtobufEventCodec.of(OrderPlaced.class, dev.carve.contracts.orders.v1.OrderPlaced.parser(),
						OrdersEventMessages::toMessage, OrdersEventMessages::fromMessage),
				ProtobufEventCodec.of(OrderConfirmed.class, dev.carve.contracts.orders.v1.OrderConfirmed.parser(),
						OrdersEventMessages::toMessage, OrdersEventMessages::fromMessage),
				ProtobufEventCodec.of(OrderCancelled.class, dev.carve.contracts.orders.v1.OrderCancelled.parser(),
						OrdersEventMessages::toMessage, OrdersEventMessages::fromMessage));
	}

}
