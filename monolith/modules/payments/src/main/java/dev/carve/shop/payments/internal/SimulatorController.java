package dev.carve.shop.payments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Runtime control of the simulated payment provider, for tests and demos. */
@RestController
@Tag(name = "Payments")
class SimulatorController {

	private final SimulatedPaymentProvider simulator;

	SimulatorController(SimulatedPaymentProvider simulator) {
		this.simulator = simulator;
	}

	@PutMapping("/api/v1/payments/simulator")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Make the simulated payment provider decline or slow down",
			description = "Administrators only. declineAll: whether every authorization is declined from now on;"
					+ " latencyMillis: how long each provider call takes from now on (0 to 60000). Replaces"
					+ " shop.payments.simulator.latency until the next change or restart; the configured"
					+ " decline-above and decline-customers rules keep applying.")
	@ApiResponse(responseCode = "200", description = "The settings now in effect")
	@ApiResponse(responseCode = "400", description = "A field is missing or out of range (problem validation-failed)")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (problem forbidden)")
	SimulatorSettings update(@Valid @RequestBody SimulatorSettings settings) {
		this.simulator.apply(settings);
		return this.simulator.settings();
	}

}
