package dev.carve.shop.payments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.kernel.Money;

/** Orders kept in memory, as the orders module would answer about them. */
public final class InMemoryOrders implements OrderGateway {

	private final Map<UUID, OrderStatusView> orders = new ConcurrentHashMap<>();

	private final AtomicInteger oneByOne = new AtomicInteger();

	private volatile boolean unreachable;

	/** The order exists with this status. */
	public void put(UUID orderId, OrderStatus status) {
		this.orders.put(orderId, new OrderStatusView(orderId, UUID.randomUUID(), status, Money.of("1.00", "EUR")));
	}

	/** Whether every look-up fails, as when the orders module cannot be reached. */
	public void unreachable(boolean unreachable) {
		this.unreachable = unreachable;
	}

	/** The orders looked up one at a time ({@link #findStatus}) so far. */
	public int oneByOne() {
		return this.oneByOne.get();
	}

	@Override
	public Optional<OrderStatusView> findStatus(UUID orderId) {
		this.oneByOne.incrementAndGet();
		answer();
		return Optional.ofNullable(this.orders.get(orderId));
	}

	@Override
	public List<OrderStatusView> findStatuses(Collection<UUID> orderIds) {
		answer();
		return orderIds.stream().distinct().map(this.orders::get).filter(Objects::nonNull).toList();
	}

	private void answer() {
		if (this.unreachable) {
			throw new IllegalStateException("The orders module cannot be reached");
		}
	}

}
