package dev.carve.runtime.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Raises every kind of error the problem layer must answer. */
@RestController
public class ProblemTestController {

	record Line(@NotBlank String sku, @Min(1) int quantity) {
	}

	record Order(@NotEmpty List<@Valid Line> lines) {
	}

	static class OutOfStock extends DomainException {

		OutOfStock() {
			super(ErrorKind.CONFLICT, "out-of-stock", "Not enough stock of SKU-1", Map.of("sku", "SKU-1"));
		}

	}

	@PostMapping("/test/orders")
	ResponseEntity<Order> order(@Valid @RequestBody Order order) {
		return ResponseEntity.ok(order);
	}

	@GetMapping("/test/domain")
	void domain() {
		throw new OutOfStock();
	}

	@GetMapping("/test/unavailable")
	void unavailable() {
		throw new GatewayUnavailableException("inventory", "connection refused", Duration.ofSeconds(7), null);
	}

	@GetMapping("/test/refused/{reason}")
	void refused(@PathVariable GatewayRefusedException.Reason reason) {
		throw new GatewayRefusedException("payments", reason, "Module 'payments' refused: SELECT secret FROM internals",
				null);
	}

	@GetMapping("/test/concurrent")
	void concurrent() {
		throw new org.springframework.dao.OptimisticLockingFailureException("Row was updated by another transaction");
	}

	@GetMapping("/test/bug")
	void bug() {
		throw new NullPointerException("secret internal detail");
	}

	@GetMapping("/test/admin")
	@PreAuthorize("hasRole('ADMIN')")
	String admin() {
		return "ok";
	}

	@GetMapping("/test/send-error")
	void sendError(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(jakarta.servlet.http.HttpServletResponse.SC_CONFLICT, "secret container detail");
	}

	@GetMapping("/test/count/{count}")
	int count(@PathVariable int count) {
		return count;
	}

}
