package dev.carve.adapters.inventory;

import java.nio.file.Path;

import dev.carve.testkit.OpenApiStubs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The WireMock stubs inventory publishes for its consumers follow inventory.yaml. */
class InventoryStubsConformTests {

	@Test
	void everyPublishedStubIsAnOperationOfTheContract() {
		int checked = OpenApiStubs.assertConform(
				Path.of("../../contracts/inventory-contract/src/main/openapi/inventory.yaml"),
				"META-INF/carve/stubs/inventory");
		assertThat(checked).isEqualTo(5);
	}

}
