package dev.carve.adapters.identity;

import dev.carve.adapters.testkit.MessageFieldsMatch;
import org.junit.jupiter.api.Test;

/**
 * Every record the identity adapters map to a protobuf message carries the same fields as
 * the message, so that a field added on one side only fails here instead of being lost on
 * the wire.
 */
class IdentityMessageFieldsTests {

	@Test
	void customerRegistered() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.identity.CustomerRegistered.class,
				dev.carve.contracts.identity.v1.CustomerRegistered.getDescriptor());
	}

	@Test
	void customerView() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.identity.CustomerView.class,
				dev.carve.contracts.identity.v1.CustomerView.getDescriptor());
	}

}
