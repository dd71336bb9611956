package dev.carve.adapters.identity;

import java.nio.file.Path;

import dev.carve.testkit.OpenApiStubs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The WireMock stubs identity publishes for its consumers follow identity.yaml. */
class IdentityStubsConformTests {

	@Test
	void everyPublishedStubIsAnOperationOfTheContract() {
		int checked = OpenApiStubs.assertConform(
				Path.of("../../contracts/identity-contract/src/main/openapi/identity.yaml"),
				"META-INF/carve/stubs/identity");
		assertThat(checked).isEqualTo(2);
	}

}
