package dev.carve.shop.orders.internal;

import java.net.URI;
import java.util.UUID;

import dev.carve.kernel.PageRequest;
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
	ResponseEntity<OrderView> place(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PlaceOrderRequest request) {
		OrderView order = this.placement.place(customerOf(jwt), request.mergedLines());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUri();
		return ResponseEntity.created(location).body(order);
	}

	@GetMapping("/{id}")
	OrderView find(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.queries.find(customerOf(jwt), id);
	}

	@GetMapping
	OrderHistory history(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return OrderHistory.of(this.queries.history(customerOf(jwt), new PageRequest(page, size)));
	}

	@PostMapping("/{id}/cancel")
	OrderView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.transitions.cancelByCustomer(customerOf(jwt), id);
	}

	private static UUID customerOf(Jwt jwt) {
		return UUID.fromString(jwt.getSubject());
	}

}
