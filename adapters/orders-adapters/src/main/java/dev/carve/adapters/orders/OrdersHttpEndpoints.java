package dev.carve.adapters.orders;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatusView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link OrderGateway} over HTTP for processes where orders is remote, to callers
 * with a service credential for orders; any order is answered, whoever placed it, as the
 * gateway does. An unknown id is answered {@code 404} with the problem type
 * {@code urn:carve:problem:order-not-found}, which the HTTP gateway turns back into an
 * empty answer.
 */
@RestController
@Tag(name = "orders-gateway", description = "The order gateway, for other modules")
class OrdersHttpEndpoints implements OrdersHttpApi {

	private final OrderGateway orders;

	OrdersHttpEndpoints(OrderGateway orders) {
		this.orders = orders;
	}

	@Operation(summary = "Find an order's status; 404 order-not-found when no order has that id")
	@ApiResponse(responseCode = "200", description = "The order's status")
	@ApiResponse(responseCode = "404",
			description = "order-not-found: no order has that id (orderId); the gateway answers empty",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public OrderStatusView findStatus(UUID orderId) {
		return this.orders.findStatus(orderId).orElseThrow(() -> new OrderNotFoundException(orderId.toString()));
	}

	@Operation(summary = "Find the status of each order in the body (a JSON array of at most 1000 ids); idempotent")
	@ApiResponse(responseCode = "200",
			description = "The status of each order named that exists, each once; an unknown id is left out")
	@ApiResponse(responseCode = "400",
			description = "validation-failed: an id is not a UUID or is null, or there are more than 1000; errors names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public List<OrderStatusView> findStatuses(Collection<UUID> orderIds) {
		return this.orders.findStatuses(orderIds);
	}

}
