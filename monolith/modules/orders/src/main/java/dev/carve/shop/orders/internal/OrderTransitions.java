package dev.carve.shop.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderPlaced;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.runtime.events.EventOutbox;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of an order's state, each in one transaction together with the event it
 * publishes. Nothing here calls another module.
 */
@Component
@Transactional
class OrderTransitions {

	static final String CANCELLED_BY_CUSTOMER = "cancelled by customer";

	private static final Log logger = LogFactory.getLog(OrderTransitions.class);

	private final Orders orders;

	private final EventOutbox outbox;

	OrderTransitions(Orders orders, EventOutbox outbox) {
		this.orders = orders;
		this.outbox = outbox;
	}

	/** Stores a new PENDING order and publishes {@link OrderPlaced}. */
	OrderView place(UUID customerId, List<OrderedLine> lines) {
		Order order = this.orders.save(Order.place(customerId, lines));
		this.outbox.publish(new OrderPlaced(UUID.randomUUID(), order.id(), customerId, order.lines(), order.total(),
				order.createdAt()));
		return OrderView.of(order);
	}

	/**
	 * Rejects the order if it is still PENDING; publishes nothing, as no other module
	 * acted on it for good. Concurrent transitions of one order are ordered by its
	 * version: only one of them commits.
	 * @param compensate whether the order then owes compensation (see
	 * {@link Order#reject(String, boolean)})
	 * @return whether this call rejected it; {@code false} when it was no longer PENDING
	 */
	boolean rejectIfPending(UUID orderId, String reason, boolean compensate) {
		Order order = load(orderId);
		if (order.status() != OrderStatus.PENDING) {
			return false;
		}
		order.reject(reason, compensate);
		return true;
	}

	/** Records the payment authorized for a PENDING order. */
	void recordAuthorization(UUID orderId, UUID paymentId) {
		load(orderId).recordAuthorization(paymentId);
	}

	/** Records that a rejected order owes nothing to other modules any more. */
	void compensated(UUID orderId) {
		load(orderId).compensated();
	}

	/**
	 * Reads where an order is, afresh.
	 * @throws IllegalStateException when no order has that id
	 */
	@Transactional(readOnly = true)
	OrderProgress progress(UUID orderId) {
		return OrderProgress.of(load(orderId));
	}

	/** Confirms a PENDING order and publishes {@link OrderConfirmed}. */
	OrderView confirm(UUID orderId, UUID paymentId) {
		Order order = load(orderId);
		order.confirm(paymentId);
		this.outbox.publish(new OrderConfirmed(UUID.randomUUID(), order.id(), order.customerId(), paymentId,
				order.lines(), order.total(), Instant.now()));
		return OrderView.of(order);
	}

	/**
	 * Cancels the customer's CONFIRMED order and publishes {@link OrderCancelled}.
	 * @throws OrderNotFoundException when the customer has no such order
	 * @throws OrderNotCancellableException when the order is not CONFIRMED
	 */
	OrderView cancelByCustomer(UUID customerId, UUID orderId) {
		Order order = this.orders.findByIdAndCustomerId(orderId, customerId)
			.orElseThrow(() -> new OrderNotFoundException(orderId));
		cancel(order, CANCELLED_BY_CUSTOMER);
		return OrderView.of(order);
	}

	/** Records the capture of an order's payment; an unknown order is ignored. */
	void recordCapture(UUID orderId, Instant capturedAt) {
		this.orders.findById(orderId)
			.ifPresentOrElse((order) -> order.recordCapture(capturedAt),
					() -> logger.warn("Payment captured for unknown order " + orderId));
	}

	/**
	 * Cancels a CONFIRMED order whose payment could not be captured; any other order is
	 * left as it is.
	 */
	void cancelForFailedPayment(UUID orderId, UUID paymentId, String reason) {
		this.orders.findById(orderId)
			.filter((order) -> order.status() == OrderStatus.CONFIRMED && paymentId.equals(order.paymentId()))
			.ifPresent((order) -> cancel(order, reason));
	}

	private void cancel(Order order, String reason) {
		order.cancel(reason);
		this.outbox.publish(new OrderCancelled(UUID.randomUUID(), order.id(), order.customerId(), order.paymentId(),
				order.lines(), reason, Instant.now()));
	}

	private Order load(UUID orderId) {
		return this.orders.findById(orderId)
			.orElseThrow(() -> new IllegalStateException("Order " + orderId + " does not exist"));
	}

}
