package dev.carve.shop.orders.internal;

import java.util.List;
import java.util.UUID;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The saga that places an order: price the lines (catalog), store the order PENDING,
 * reserve its stock (inventory), authorize its payment (payments), confirm it. Each step
 * that changes an order runs in a transaction of its own; no call to another module runs
 * inside one, as that module may be remote.
 *
 * <p>
 * When a step fails the steps already done are undone with idempotent calls (release the
 * reservation, refund the payment), the order ends REJECTED with the reason, and the
 * failure is thrown on: a refusal as {@link OrderRejectedException}, anything else (a
 * module that cannot be reached) as it came. Failures of the undoing itself are logged
 * and do not hide the original failure: a reservation lapses on its own, and the order
 * never stays PENDING. An authorization that failed other than by a decline (a timeout,
 * say) may have held the money all the same, so the order's payment is cancelled by order
 * id before the reservation is released. An authorization of another amount than the
 * order's total (or of another order) is voided the same way and the order rejected with
 * {@code payment-amount-mismatch}: an order is never confirmed for a payment that does
 * not cover it.
 */
@Component
class OrderPlacement {

	private static final Log logger = LogFactory.getLog(OrderPlacement.class);

	private final CatalogGateway catalog;

	private final InventoryGateway inventory;

	private final PaymentGateway payments;

	private final OrderTransitions transitions;

	OrderPlacement(CatalogGateway catalog, InventoryGateway inventory, PaymentGateway payments,
			OrderTransitions transitions) {
		this.catalog = catalog;
		this.inventory = inventory;
		this.payments = payments;
		this.transitions = transitions;
	}

	/**
	 * Places an order.
	 * @param customerId who orders
	 * @param lines what, one line per SKU, not empty
	 * @return the CONFIRMED order
	 * @throws UnknownProductException when the catalog does not sell a SKU (nothing is
	 * stored then)
	 * @throws OrderRejectedException when stock is short, the payment is declined, or the
	 * payment authorized is not the order's total (the order is stored REJECTED)
	 */
	OrderView place(UUID customerId, List<StockLine> lines) {
		OrderView order = this.transitions.place(customerId, price(lines));
		reserve(order.id(), lines);
		PaymentAuthorization payment = authorize(order, customerId);
		try {
			return this.transitions.confirm(order.id(), payment.paymentId());
		}
		catch (RuntimeException ex) {
			refund(payment);
			release(order.id());
			reject(order.id(), "order could not be confirmed", ex);
			throw ex;
		}
	}

	private List<OrderedLine> price(List<StockLine> lines) {
		List<String> skus = lines.stream().map(StockLine::sku).toList();
		PriceQuote quote = this.catalog.quote(skus);
		List<String> unpriced = skus.stream().filter((sku) -> quote.priceOf(sku).isEmpty()).toList();
		if (!unpriced.isEmpty()) {
			throw new UnknownProductException(unpriced);
		}
		return lines.stream().map((line) -> {
			QuotedPrice price = quote.priceOf(line.sku()).orElseThrow();
			return new OrderedLine(line.sku(), line.quantity(), price.unitPrice());
		}).toList();
	}

	private void reserve(UUID orderId, List<StockLine> lines) {
		try {
			this.inventory.reserve(new ReserveStock(orderId, lines));
		}
		catch (InsufficientStockException ex) {
			reject(orderId, "out of stock: " + ex.sku() + " (" + ex.requested() + " requested, " + ex.available()
					+ " available)", ex);
			throw new OrderRejectedException(orderId, ex);
		}
		catch (RuntimeException ex) {
			release(orderId);
			reject(orderId, "inventory unavailable", ex);
			throw ex;
		}
	}

	private PaymentAuthorization authorize(OrderView order, UUID customerId) {
		PaymentAuthorization payment;
		try {
			payment = this.payments.authorize(new AuthorizePayment(order.id(), customerId, order.total()));
		}
		catch (PaymentDeclinedException ex) {
			release(order.id());
			reject(order.id(), "payment declined: " + ex.reason(), ex);
			throw new OrderRejectedException(order.id(), ex);
		}
		catch (RuntimeException ex) {
			cancelPayment(order.id());
			release(order.id());
			reject(order.id(), "payments unavailable", ex);
			throw ex;
		}
		if (!payment.orderId().equals(order.id()) || !payment.amount().equals(order.total())) {
			PaymentAmountMismatchException mismatch = new PaymentAmountMismatchException(order.id(), payment.amount(),
					order.total());
			cancelPayment(order.id());
			release(order.id());
			reject(order.id(), "payment authorized " + payment.amount() + ", not the order total " + order.total(),
					mismatch);
			throw new OrderRejectedException(order.id(), mismatch);
		}
		return payment;
	}

	private void release(UUID orderId) {
		try {
			this.inventory.release(orderId);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not release the reservation of order " + orderId + "; it will lapse", ex);
		}
	}

	private void refund(PaymentAuthorization payment) {
		try {
			this.payments.refund(payment.paymentId());
		}
		catch (RuntimeException ex) {
			logger.error("Could not refund payment " + payment.paymentId() + " of order " + payment.orderId(), ex);
		}
	}

	private void cancelPayment(UUID orderId) {
		try {
			this.payments.cancelForOrder(orderId);
		}
		catch (RuntimeException ex) {
			logger.error("Could not cancel whatever payment order " + orderId + " holds", ex);
		}
	}

	private void reject(UUID orderId, String reason, RuntimeException cause) {
		try {
			this.transitions.reject(orderId, reason);
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
			logger.error("Could not mark order " + orderId + " REJECTED (" + reason + ")", ex);
		}
	}

}
