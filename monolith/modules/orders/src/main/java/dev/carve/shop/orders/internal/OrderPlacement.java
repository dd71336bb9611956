package dev.carve.shop.orders.internal;

import java.util.List;
import java.util.UUID;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The saga that places an order: price the lines (catalog), store the order PENDING,
 * reserve its stock (inventory), authorize its payment (payments), record the payment on
 * the order, commit the stock, confirm. Each step that changes an order runs in a
 * transaction of its own; no call to another module runs inside one, as that module may
 * be remote. Every call to another module is idempotent by order id, so
 * {@link OrderRecovery} can repeat any of them.
 *
 * <p>
 * Until the payment is recorded, a failed step rejects the order (if it is still PENDING)
 * and gives back what may be held ({@link OrderCompensation}); the failure is thrown on:
 * a refusal as {@link OrderRejectedException}, anything else (a module that cannot be
 * reached) as it came. An authorization of another amount than the order's total (or of
 * another order) is voided the same way and the order rejected with
 * {@code payment-amount-mismatch}: an order is never confirmed for a payment that does
 * not cover it.
 *
 * <p>
 * Once the payment is recorded the order only goes forward: the reservation is committed
 * (so it can no longer lapse, however late {@code OrderConfirmed} travels) and the order
 * confirmed. A commit that finds nothing held rejects the order and gives the payment
 * back. A commit or confirmation whose outcome is unknown leaves the order PENDING with
 * its payment; the failure is thrown on and {@link OrderRecovery} completes the order
 * later. A confirmation that fails is read again: if it committed after all, the
 * CONFIRMED order is answered.
 */
@Component
class OrderPlacement {

	private final CatalogGateway catalog;

	private final InventoryGateway inventory;

	private final PaymentGateway payments;

	private final OrderTransitions transitions;

	private final OrderCompensation compensation;

	OrderPlacement(CatalogGateway catalog, InventoryGateway inventory, PaymentGateway payments,
			OrderTransitions transitions, OrderCompensation compensation) {
		this.catalog = catalog;
		this.inventory = inventory;
		this.payments = payments;
		this.transitions = transitions;
		this.compensation = compensation;
	}

	/**
	 * Places an order.
	 * @param customerId who orders
	 * @param lines what, one line per SKU, not empty
	 * @return the CONFIRMED order
	 * @throws UnknownProductException when the catalog does not sell a SKU (nothing is
	 * stored then)
	 * @throws OrderRejectedException when stock is short, the payment is declined, the
	 * payment authorized is not the order's total, or the reservation lapsed (the order
	 * is stored REJECTED)
	 */
	OrderView place(UUID customerId, List<StockLine> lines) {
		OrderView order = this.transitions.place(customerId, price(lines));
		reserve(order.id(), lines);
		PaymentAuthorization payment = authorize(order, customerId);
		try {
			this.transitions.recordAuthorization(order.id(), payment.paymentId());
		}
		catch (RuntimeException ex) {
			this.compensation.reject(order.id(), "order could not be recorded", true, ex);
			throw ex;
		}
		return complete(order.id(), payment.paymentId());
	}

	/**
	 * Takes an order whose payment is recorded to CONFIRMED: commits its stock and
	 * confirms it.
	 * @return the order, CONFIRMED
	 * @throws OrderRejectedException when its stock is no longer held (the order is
	 * REJECTED and its payment given back)
	 * @throws RuntimeException when a step's outcome is unknown; the order stays PENDING
	 */
	OrderView complete(UUID orderId, UUID paymentId) {
		try {
			this.inventory.commit(orderId);
		}
		catch (ReservationNotFoundException ex) {
			this.compensation.reject(orderId, "the reservation lapsed before the order was confirmed", true, ex);
			throw new OrderRejectedException(orderId, ex);
		}
		try {
			return this.transitions.confirm(orderId, paymentId);
		}
		catch (RuntimeException ex) {
			OrderView now = readAgain(orderId, ex);
			if (now != null && now.status() == OrderStatus.CONFIRMED) {
				return now;
			}
			throw ex;
		}
	}

	private @Nullable OrderView readAgain(UUID orderId, RuntimeException failure) {
		try {
			return this.transitions.progress(orderId).order();
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
			return null;
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
			this.compensation.reject(orderId, "out of stock: " + ex.sku() + " (" + ex.requested() + " requested, "
					+ ex.available() + " available)", false, ex);
			throw new OrderRejectedException(orderId, ex);
		}
		catch (RuntimeException ex) {
			this.compensation.reject(orderId, "inventory unavailable", true, ex);
			throw ex;
		}
	}

	private PaymentAuthorization authorize(OrderView order, UUID customerId) {
		PaymentAuthorization payment;
		try {
			payment = this.payments.authorize(new AuthorizePayment(order.id(), customerId, order.total()));
		}
		catch (PaymentDeclinedException ex) {
			this.compensation.reject(order.id(), "payment declined: " + ex.reason(), true, ex);
			throw new OrderRejectedException(order.id(), ex);
		}
		catch (RuntimeException ex) {
			this.compensation.reject(order.id(), "payments unavailable", true, ex);
			throw ex;
		}
		if (!payment.orderId().equals(order.id()) || !payment.amount().equals(order.total())) {
			PaymentAmountMismatchException mismatch = new PaymentAmountMismatchException(order.id(), payment.amount(),
					order.total());
			this.compensation.reject(order.id(),
					"payment authorized " + payment.amount() + ", not the order total " + order.total(), true,
					mismatch);
			throw new OrderRejectedException(order.id(), mismatch);
		}
		return payment;
	}

}
