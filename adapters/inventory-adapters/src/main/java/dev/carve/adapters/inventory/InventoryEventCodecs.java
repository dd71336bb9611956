package dev.carve.adapters.inventory;

import dev.carve.contracts.inventory.StockLow;
import dev.carve.contracts.inventory.StockReserved;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.ProtobufEventCodec;

/**
 * The events inventory publishes as they travel between processes: each as its message in
 * the inventory contract ({@code carve.inventory.v1}), so any reader of the contract can
 * read them.
 */
public final class InventoryEventCodecs {

	private InventoryEventCodecs() {
	}

	/**
	 * Inventory's events, {@link StockReserved} and {@link StockLow}, each with its
	 * codec. Decoding a payload that is not the event's message, or lacks a field the
	 * event needs, throws {@link dev.carve.runtime.events.UndecodableEventException}.
	 * @return the module's events
	 */
	public static ModuleEvents moduleEvents() {
		return ModuleEvents.of(InventoryGatewayDeclaration.MODULE,
				ProtobufEventCodec.of(StockReserved.class, dev.carve.contracts.inventory.v1.StockReserved.parser(),
						InventoryEventMessages::toMessage, InventoryEventMessages::fromMessage),
				ProtobufEventCodec.of(StockLow.class, dev.carve.contracts.inventory.v1.StockLow.parser(),
						InventoryEventMessages::toMessage, InventoryEventMessages::fromMessage));
	}

}
