package dev.carve.adapters.catalog;

import java.nio.file.Path;

import dev.carve.testkit.OpenApiStubs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The WireMock stubs catalog publishes for its consumers follow catalog.yaml. */
class CatalogStubsConformTests {

	@Test
	void everyPublishedStubIsAnOperationOfTheContract() {
		int checked = OpenApiStubs.assertConform(
				Path.of("../../contracts/catalog-contract/src/main/openapi/catalog.yaml"),
				"META-INF/carve/stubs/catalog");
		assertThat(checked).isEqualTo(2);
	}

}
