package dev.carve.adapters.catalog;

import dev.carve.contracts.catalog.ProductPriceChanged;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.ProtobufEventCodec;

/**
 * The events catalog publishes as they travel between processes: each as its message in
 * the catalog contract ({@code carve.catalog.v1}), so any reader of the contract can read
 * them.
 */
public final class CatalogEventCodecs {

	private CatalogEventCodecs() {
	}

	/**
	 * Catalog's events, {@link ProductPriceChanged}, each with its codec. Decoding a
	 * payload that is not the event's message, or lacks a field the event needs, throws
	 * {@link dev.carve.runtime.events.UndecodableEventException}.
	 * @return the module's events
	 */
	public static ModuleEvents moduleEvents() {
		return ModuleEvents.of(CatalogGatewayDeclaration.MODULE,
				ProtobufEventCodec.of(ProductPriceChanged.class,
						dev.carve.contracts.catalog.v1.ProductPriceChanged.parser(), CatalogEventMessages::toMessage,
						CatalogEventMessages::fromMessage));
	}

}
