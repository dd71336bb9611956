package dev.carve.adapters.identity;

import java.util.List;

import dev.carve.adapters.testkit.MessageFieldsSuite;

/**
 * The records the identity adapters map to protobuf messages carry the messages' fields
 * ({@link MessageFieldsSuite}).
 */
class IdentityMessageFieldsTests extends MessageFieldsSuite {

	@Override
	protected List<Pair> pairs() {
		return List.of(
				pair(dev.carve.contracts.identity.CustomerRegistered.class,
						dev.carve.contracts.identity.v1.CustomerRegistered.getDescriptor()),
				pair(dev.carve.contracts.identity.CustomerView.class,
						dev.carve.contracts.identity.v1.CustomerView.getDescriptor()));
	}

}
