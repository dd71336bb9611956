package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link InventoryGateway} over HTTP for processes where inventory is remote, to
 * callers with a service credential for inventory. Domain errors leave as problem
 * responses from the runtime's one problem layer ({@code 409 out-of-stock}, {@code 409
 * reservation-request-conflict}, {@code 409 reservation-not-found}).
 */
@RestController
@Tag(name = "inventory-gateway", description = "The inventory gateway, for other modules")
class InventoryHttpEndpoints implements InventoryHttpApi {

	private final InventoryGateway inventory;

	InventoryHttpEndpoints(InventoryGateway inventory) {
		this.inventory = inventory;
	}

	@Operation(summary = "Reserve stock for an order, all or nothing; idempotent per order")
	@ApiResponse(responseCode = "200", description = "The order's reservation")
	@ApiResponse(responseCode = "400",
			description = "validation-failed: a field is missing or out of bounds, such as a SKU that is not 1 to 64 "
					+ "letters, digits, '-', '_' or '.'; errors names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "out-of-stock: a SKU has less available than asked; reservation-request-conflict: the "
					+ "order already holds a reservation for other lines (orderId)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public Reservation reserve(ReserveStock request) {
		return this.inventory.reserve(request);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Release an order's reservation; idempotent")
	@ApiResponse(responseCode = "204", description = "Released, or nothing to release")
	@Override
	public void release(UUID orderId) {
		this.inventory.release(orderId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Commit an order's reservation; idempotent")
	@ApiResponse(responseCode = "204", description = "Committed")
	@ApiResponse(responseCode = "409", description = "reservation-not-found: the order holds no reservation",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public void commit(UUID orderId) {
		this.inventory.commit(orderId);
	}

}
