package dev.carve.shop.orders.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.contracts.orders.OrderStatus;

/**
 * An order was stored and then rejected because another module refused a step (stock
 * short, payment declined). Answers like the refusal itself (same status, problem type
 * and detail, same extra members) and adds the rejected order's {@code orderId} and
 * {@code orderStatus}, so that the customer can look the order up. ({@code status} is the
 * problem's HTTP status, as RFC 9457 defines it.)
 */
class OrderRejectedException extends DomainException {

	OrderRejectedException(UUID orderId, DomainException refusal) {
		super(refusal.kind(), refusal.code(), refusal.getMessage(), withOrder(refusal.properties(), orderId));
		initCause(refusal);
	}

	private static Map<String, Object> withOrder(Map<String, Object> properties, UUID orderId) {
		Map<String, Object> merged = new HashMap<>(properties);
		merged.put("orderId", orderId.toString());
		merged.put("orderStatus", OrderStatus.REJECTED.name());
		return merged;
	}

}
