package dev.carve.adapters.orders;

import java.nio.file.Path;

import dev.carve.testkit.OpenApiStubs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The WireMock stubs orders publishes for its consumers follow orders.yaml. */
class OrdersStubsConformTests {

	@Test
	void everyPublishedStubIsAnOperationOfTheContract() {
		int checked = OpenApiStubs.assertConform(
				Path.of("../../contracts/orders-contract/src/main/openapi/orders.yaml"), "META-INF/carve/stubs/orders");
		assertThat(checked).isEqualTo(2);
	}

}
