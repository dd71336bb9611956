package dev.carve.shop.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer sees it; reasons are left out when there are none.
 *
 * @param id the order's id
 * @param status where it is
 * @param total what it costs
 * @param lines what was ordered, one line per SKU, with the unit price quoted when it was
 * placed
 * @param rejectionReason why it was rejected, when it was
 * @param cancellationReason why it was cancelled, when it was
 * @param createdAt when it was placed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderView(UUID id, OrderStatus status, Money total, List<OrderedLine> lines, @Nullable String rejectionReason,
		@Nullable String cancellationReason, Instant createdAt) {

	static OrderView of(Order order) {
		return new OrderView(order.id(), order.status(), order.total(), order.lines(), order.rejectionReason(),
				order.cancellationReason(), order.createdAt());
	}

}
