package dev.carve.shop.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderStatus;
import dev.carve.runtime.module.ModuleJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Finishes what placing an order left unfinished, so that every order ends CONFIRMED or
 * REJECTED whatever happened to the process that placed it. Every
 * {@code shop.orders.recovery.interval} it claims ({@link OrderRecoveryClaims}) the
 * orders PENDING for longer than {@code shop.orders.recovery.pending-after} and the
 * rejected orders that still owe compensation, and drives each one on:
 * <ul>
 * <li>a PENDING order whose payment is recorded is completed: its stock committed and the
 * order confirmed ({@link OrderPlacement#complete}), or rejected with its payment given
 * back when inventory holds nothing for it any more;</li>
 * <li>a PENDING order without a recorded payment is rejected, and whatever payments and
 * inventory may hold for it given back (a late authorization is voided by payments, which
 * remembers the cancellation);</li>
 * <li>a rejected order that owes compensation has it given back again.</li>
 * </ul>
 * Every call is idempotent by order id, and an order is rejected only if it is still
 * PENDING when read again, so running the sweep twice, on several instances, or beside a
 * placement that is still running changes nothing more. An order that fails is tried
 * again when its claim lapses. Runs as a {@link ModuleJob}.
 */
@Component
class OrderRecovery extends ModuleJob {

	private static final Log logger = LogFactory.getLog(OrderRecovery.class);

	static final int BATCH = 100;

	private final OrderRecoveryClaims claims;

	private final OrderTransitions transitions;

	private final OrderPlacement placement;

	private final OrderCompensation compensation;

	private final OrderRecoveryMetrics metrics;

	private final OrdersProperties.Recovery settings;

	OrderRecovery(OrderRecoveryClaims claims, OrderTransitions transitions, OrderPlacement placement,
			OrderCompensation compensation, OrderRecoveryMetrics metrics, OrdersProperties properties) {
		super("orders", "orders-recovery", properties.recovery().interval());
		this.claims = claims;
		this.transitions = transitions;
		this.placement = placement;
		this.compensation = compensation;
		this.metrics = metrics;
		this.settings = properties.recovery();
	}

	@Override
	protected void round() {
		sweep();
	}

	/**
	 * Sweeps once: every order that is due and not claimed by another instance.
	 * @return how many orders were claimed
	 */
	int sweep() {
		int claimed = 0;
		List<UUID> orders;
		do {
			orders = this.claims.claim(Instant.now().minus(this.settings.pendingAfter()), this.settings.pendingAfter(),
					BATCH);
			orders.forEach((orderId) -> this.metrics.record(resolve(orderId)));
			claimed += orders.size();
		}
		while (orders.size() == BATCH);
		return claimed;
	}

	private Outcome resolve(UUID orderId) {
		try {
			OrderProgress progress = this.transitions.progress(orderId);
			OrderStatus status = progress.order().status();
			if (status == OrderStatus.PENDING) {
				return finish(orderId, progress);
			}
			if (progress.compensationDue()) {
				return this.compensation.compensate(orderId) ? Outcome.COMPENSATED : Outcome.FAILED;
			}
			return Outcome.ALREADY_FINISHED;
		}
		catch (RuntimeException ex) {
			logger.warn("Could not finish order " + orderId + "; trying again later", ex);
			return Outcome.FAILED;
		}
	}

	private Outcome finish(UUID orderId, OrderProgress progress) {
		UUID paymentId = progress.paymentId();
		if (paymentId == null) {
			IllegalStateException cause = new IllegalStateException(
					"Order " + orderId + " stayed PENDING for more than " + this.settings.pendingAfter());
			if (this.compensation.reject(orderId, "not completed in time", true, cause)) {
				logger.warn(cause.getMessage() + "; rejected it");
				return Outcome.REJECTED;
			}
			return (this.transitions.progress(orderId).order().status() == OrderStatus.PENDING) ? Outcome.FAILED
					: Outcome.ALREADY_FINISHED;
		}
		try {
			this.placement.complete(orderId, paymentId);
			logger.info("Completed order " + orderId + ", which was left PENDING with its payment authorized");
			return Outcome.CONFIRMED;
		}
		catch (OrderRejectedException ex) {
			logger.warn("Rejected order " + orderId + ", left PENDING: " + ex.getMessage());
			return Outcome.REJECTED;
		}
	}

	/** What the sweep did with one order, the tag of {@code shop.orders.recovery}. */
	enum Outcome {

		/** A PENDING order was completed. */
		CONFIRMED,

		/** A PENDING order was rejected. */
		REJECTED,

		/** A rejected order's payment and stock were given back. */
		COMPENSATED,

		/** Another instance or the placement itself had finished it meanwhile. */
		ALREADY_FINISHED,

		/** It could not be finished this time; it is tried again later. */
		FAILED

	}

}
