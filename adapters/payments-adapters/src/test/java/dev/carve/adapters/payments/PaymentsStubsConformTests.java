package dev.carve.adapters.payments;

import java.nio.file.Path;

import dev.carve.testkit.OpenApiStubs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The WireMock stubs payments publishes for its consumers follow payments.yaml. */
class PaymentsStubsConformTests {

	@Test
	void everyPublishedStubIsAnOperationOfTheContract() {
		int checked = OpenApiStubs.assertConform(
				Path.of("../../contracts/payments-contract/src/main/openapi/payments.yaml"),
				"META-INF/carve/stubs/payments");
		assertThat(checked).isEqualTo(8);
	}

}
