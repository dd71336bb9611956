package dev.carve.shop.payments.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.runtime.module.ModuleJob;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Voids money held for orders that will never be confirmed, every
 * {@code shop.payments.reconciliation.interval}, looking at payments older than
 * {@code shop.payments.reconciliation.unsettled-after}:
 * <ul>
 * <li>a REQUESTED payment (the provider's answer was never recorded) is asked of the
 * provider again and the answer recorded;</li>
 * <li>an AUTHORIZED payment is voided when its order's payment was cancelled, or when the
 * orders module (through {@link OrderGateway}, where this process has one, asked once for
 * all the round's orders) says the order is REJECTED, CANCELLED or does not exist.</li>
 * </ul>
 * Every step is idempotent and runs under the payment's row lock, so several instances
 * may run it. Counted by {@code shop.payments.reconciliation}, tagged {@code outcome}
 * ({@code voided}, {@code answered}, {@code failed}).
 */
@Component
class PaymentReconciliation extends ModuleJob {

	private static final Log logger = LogFactory.getLog(PaymentReconciliation.class);

	private final Payments payments;

	private final PaymentRequests requests;

	private final PaymentSettlement settlement;

	private final OrderCancellations cancellations;

	private final ObjectProvider<OrderGateway> orders;

	private final Duration unsettledAfter;

	private final Counter voided;

	private final Counter answered;

	private final Counter failed;

	PaymentReconciliation(Payments payments, PaymentRequests requests, PaymentSettlement settlement,
			OrderCancellations cancellations, ObjectProvider<OrderGateway> orders, PaymentsProperties properties,
			MeterRegistry meters) {
		super("payments", "payments-reconciliation", properties.reconciliation().interval());
		this.payments = payments;
		this.requests = requests;
		this.settlement = settlement;
		this.cancellations = cancellations;
		this.orders = orders;
		this.unsettledAfter = properties.reconciliation().unsettledAfter();
		this.voided = outcome(meters, "voided");
		this.answered = outcome(meters, "answered");
		this.failed = outcome(meters, "failed");
	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("shop.payments.reconciliation")
			.tag("outcome", outcome)
			.description("Payments the reconciliation settled, by what it did")
			.register(meters);
	}

	@Override
	protected void round() {
		reconcile();
	}

	/** Reconciles once: first the unanswered payments, then the authorized ones. */
	void reconcile() {
		Instant before = Instant.now().minus(this.unsettledAfter);
		for (Payment payment : this.payments
			.findFirst100ByStatusAndCreatedAtBeforeOrderByCreatedAt(PaymentStatus.REQUESTED, before)) {
			attempt(payment, () -> {
				this.requests.askAgain(payment.orderId());
				this.answered.increment();
			});
		}
		List<Payment> authorized = this.payments
			.findFirst100ByStatusAndCreatedAtBeforeOrderByCreatedAt(PaymentStatus.AUTHORIZED, before);
		Function<UUID, Optional<OrderStatus>> statuses = statusesOf(authorized);
		for (Payment payment : authorized) {
			attempt(payment, () -> {
				String why = reasonToVoid(payment.orderId(), statuses);
				if (why != null) {
					this.settlement.cancelForOrder(payment.orderId());
					this.voided.increment();
					logger.warn("Voided payment " + payment.id() + " of order " + payment.orderId() + ": " + why);
				}
			});
		}
	}

	/**
	 * The status of each payment's order, asked of the orders module in one call; every
	 * order is {@code PENDING} for all this process knows when it has no order gateway. A
	 * call that failed fails each payment whose order's status is needed, as when each
	 * was asked alone.
	 */
	private Function<UUID, Optional<OrderStatus>> statusesOf(List<Payment> authorized) {
		OrderGateway gateway = this.orders.getIfAvailable();
		if (gateway == null || authorized.isEmpty()) {
			return (orderId) -> Optional.of(OrderStatus.PENDING);
		}
		try {
			Map<UUID, OrderStatus> found = gateway
				.findStatuses(authorized.stream().map(Payment::orderId).distinct().toList())
				.stream()
				.collect(Collectors.toMap(OrderStatusView::orderId, OrderStatusView::status));
			return (orderId) -> Optional.ofNullable(found.get(orderId));
		}
		catch (RuntimeException ex) {
			return (orderId) -> {
				throw ex;
			};
		}
	}

	private @Nullable String reasonToVoid(UUID orderId, Function<UUID, Optional<OrderStatus>> statuses) {
		if (this.cancellations.contains(orderId)) {
			return "its order's payment was cancelled";
		}
		Optional<OrderStatus> status = statuses.apply(orderId);
		if (status.isEmpty()) {
			return "its order does not exist";
		}
		return switch (status.get()) {
			case REJECTED, CANCELLED -> "its order is " + status.get();
			case PENDING, CONFIRMED -> null;
		};
	}

	private void attempt(Payment payment, Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			this.failed.increment();
			logger.warn("Could not reconcile payment " + payment.id() + " of order " + payment.orderId()
					+ "; trying again later", ex);
		}
	}

}
