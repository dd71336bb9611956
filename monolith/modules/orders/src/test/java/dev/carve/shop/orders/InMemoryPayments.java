package dev.carve.shop.orders;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.GatewayUnavailableException;

/**
 * Payments kept in memory, one per order as the contract says. Payments of a given
 * customer can be declined, or fail as an unreachable remote payments module would. It
 * counts cancelForOrder calls per order.
 */
public final class InMemoryPayments implements PaymentGateway {

	private final Map<UUID, PaymentAuthorization> authorizations = new ConcurrentHashMap<>();

	private final Map<UUID, String> declines = new ConcurrentHashMap<>();

	private final Set<UUID> unreachable = ConcurrentHashMap.newKeySet();

	private final Map<UUID, Money> otherAmounts = new ConcurrentHashMap<>();

	private final Map<UUID, Integer> cancelForOrderCalls = new ConcurrentHashMap<>();

	private final Set<UUID> cancelled = ConcurrentHashMap.newKeySet();

	/** The provider declines every payment of this customer with the reason. */
	public void decline(UUID customerId, String reason) {
		this.declines.put(customerId, reason);
	}

	/** Authorizing a payment of this customer fails as an unreachable module would. */
	public void unreachableFor(UUID customerId) {
		this.unreachable.add(customerId);
	}

	/**
	 * Authorizing a payment of this customer answers this amount whatever was asked, as a
	 * faulty payments module would.
	 */
	public void authorizeInsteadFor(UUID customerId, Money amount) {
		this.otherAmounts.put(customerId, amount);
	}

	/** The payment authorized for an order, if any. */
	public Optional<PaymentAuthorization> authorizationOf(UUID orderId) {
		return Optional.ofNullable(this.authorizations.get(orderId));
	}

	/** Whether money is held for the order: it was authorized and not cancelled since. */
	public boolean holdsMoney(UUID orderId) {
		return this.authorizations.containsKey(orderId) && !this.cancelled.contains(orderId);
	}

	/** How many times cancelForOrder was called for the order. */
	public int cancelForOrderCalls(UUID orderId) {
		return this.cancelForOrderCalls.getOrDefault(orderId, 0);
	}

	@Override
	public PaymentAuthorization authorize(AuthorizePayment request) {
		if (this.unreachable.contains(request.customerId())) {
			throw new GatewayUnavailableException("payments", "payments unreachable", Duration.ofSeconds(3),
					new ConnectException("Connection refused"));
		}
		String reason = this.declines.get(request.customerId());
		if (reason != null) {
			throw new PaymentDeclinedException(request.orderId(), reason);
		}
		Money amount = this.otherAmounts.getOrDefault(request.customerId(), request.amount());
		return this.authorizations.computeIfAbsent(request.orderId(),
				(orderId) -> new PaymentAuthorization(UUID.randomUUID(), orderId, amount));
	}

	@Override
	public void capture(UUID paymentId) {
		requireKnown(paymentId);
	}

	@Override
	public void refund(UUID paymentId) {
		requireKnown(paymentId);
	}

	@Override
	public void cancelForOrder(UUID orderId) {
		this.cancelForOrderCalls.merge(orderId, 1, Integer::sum);
		this.cancelled.add(orderId);
	}

	private void requireKnown(UUID paymentId) {
		if (this.authorizations.values().stream().noneMatch((payment) -> payment.paymentId().equals(paymentId))) {
			throw new PaymentNotFoundException(paymentId);
		}
	}

}
