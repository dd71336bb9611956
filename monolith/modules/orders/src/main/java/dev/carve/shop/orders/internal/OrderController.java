package dev.carve.shop.orders.internal;

import java.net.URI;
import java.util.UUID;

import dev.carve.kernel.PageRequest;
import dev.carve.runtime.apidocs.Creates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The customer's orders: place one, look one up, list them, cancel one. The customer is
 * the token's subject; another customer's order is answered as not found.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "The signed-in customer's orders")
class OrderController {

	private final OrderPlacement placement;

	private final OrderQueries queries;

	private final OrderTransitions transitions;

	private final OrderLimits limits;

	OrderController(OrderPlacement placement, OrderQueries queries, OrderTransitions transitions, OrderLimits limits) {
		this.placement = placement;
		this.queries = queries;
		this.transitions = transitions;
		this.limits = limits;
	}

	@InitBinder("placeOrderRequest")
	void checkLimits(WebDataBinder binder) {
		binder.addValidators(this.limits);
	}

	@PostMapping
	@Operation(summary = "Place an order",
			description = "Prices the lines from the catalog, reserves their stock and authorizes the payment;"
					+ " the order answered is CONFIRMED. Lines of the same SKU are merged. When a step is refused"
					+ " the order is stored REJECTED and the refusal is answered, with the order's id (orderId).")
	@Creates
	@ApiResponse(responseCode = "201", description = "The order, CONFIRMED")
	@ApiResponse(responseCode = "400", description = "validation-failed: no lines, a quantity below 1, or more lines"
			+ " or units than allowed; errors names each field. invalid-request: another module refused the request")
	@ApiResponse(responseCode = "402", description = "payment-declined: the payment provider declined the payment")
	@ApiResponse(responseCode = "404", description = "unknown-sku: a SKU is unknown or its product inactive")
	@ApiResponse(responseCode = "409",
			description = "out-of-stock: fewer units are available than ordered;"
					+ " payment-amount-mismatch: the payment did not cover the total; concurrent-update")
	@ApiResponse(responseCode = "502", description = "module-refused: another module refused this one's credentials")
	@ApiResponse(responseCode = "503",
			description = "module-unavailable: the catalog, inventory or payments module cannot be reached (module)")
	ResponseEntity<OrderView> place(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PlaceOrderRequest request) {
		OrderView order = this.placement.place(customerOf(jwt), request.mergedLines());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUri();
		return ResponseEntity.created(location).body(order);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of the caller's orders")
	@ApiResponse(responseCode = "200", description = "The order")
	@ApiResponse(responseCode = "404", description = "order-not-found: the caller has no order with that id")
	OrderView find(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.queries.find(customerOf(jwt), id);
	}

	@GetMapping
	@Operation(summary = "The caller's orders, one page at a time")
	OrderHistory history(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return OrderHistory.of(this.queries.history(customerOf(jwt), new PageRequest(page, size)));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel one of the caller's orders", description = "Only a CONFIRMED order can be cancelled.")
	@ApiResponse(responseCode = "200", description = "The order, CANCELLED")
	@ApiResponse(responseCode = "404", description = "order-not-found: the caller has no order with that id")
	@ApiResponse(responseCode = "409",
			description = "order-not-cancellable: the order is not CONFIRMED (orderStatus); concurrent-update")
	OrderView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.transitions.cancelByCustomer(customerOf(jwt), id);
	}

	private static UUID customerOf(Jwt jwt) {
		return UUID.fromString(jwt.getSubject());
	}

}
