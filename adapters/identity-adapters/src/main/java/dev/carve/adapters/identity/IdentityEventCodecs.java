package dev.carve.adapters.identity;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.ProtobufEventCodec;

/**
 * The events identity publishes as they travel between processes: each as its message in
 * the identity contract ({@code carve.identity.v1}), so any reader of the contract can
 * read them.
 */
public final class IdentityEventCodecs {

	private IdentityEventCodecs() {
	}

	/**
	 * Identity's events, {@link CustomerRegistered}, each with its codec. Decoding a
	 * payload that is not the event's message, or lacks a field the event needs, throws
	 * {@link dev.carve.runtime.events.UndecodableEventException}.
	 * @return the module's events
	 */
	public static ModuleEvents moduleEvents() {
		return ModuleEvents.of(IdentityGatewayDeclaration.MODULE,
				ProtobufEventCodec.of(CustomerRegistered.class,
						dev.carve.contracts.identity.v1.CustomerRegistered.parser(), IdentityEventMessages::toMessage,
						IdentityEventMessages::fromMessage));
	}

}
