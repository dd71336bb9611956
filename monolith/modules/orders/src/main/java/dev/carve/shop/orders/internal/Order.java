package dev.carve.shop.orders.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An order: what a customer asked for at which prices, and where it is in its life.
 * PENDING while stock and payment are arranged, then CONFIRMED or REJECTED; a CONFIRMED
 * order may later be CANCELLED. Every other change of status is refused.
 */
@Entity
@Table(schema = "orders", name = "orders")
class Order {

	private static final int MAX_REASON_LENGTH = 500;

	@Id
	private UUID id;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	private BigDecimal totalAmount;

	private String currency;

	private @Nullable String rejectionReason;

	private @Nullable String cancellationReason;

	private @Nullable UUID paymentId;

	private @Nullable Instant capturedAt;

	private boolean compensationDue;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@ElementCollection
	@CollectionTable(schema = "orders", name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "line_no")
	@BatchSize(size = 100)
	private List<OrderLine> lines = new ArrayList<>();

	/** For JPA, which fills the fields from a row. */
	protected Order() {
	}

	/**
	 * The optimistic-locking version, {@code null} until the order is first stored:
	 * Spring Data's new-entity check reads it. Without this getter the check finds no
	 * property, throws and catches an exception, and only then reads the field.
	 * @return the version, or {@code null} for a new order
	 */
	public @Nullable Long getVersion() {
		return this.version;
	}

	private Order(UUID customerId, Money total, List<OrderLine> lines) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.status = OrderStatus.PENDING;
		this.totalAmount = total.amount();
		this.currency = total.currency();
		this.createdAt = now();
		this.updatedAt = this.createdAt;
		this.lines = new ArrayList<>(lines);
	}

	/**
	 * A new PENDING order.
	 * @param customerId who places it
	 * @param lines the priced lines, one per SKU, not empty, all in one currency
	 * @return the order, not yet stored
	 * @throws IllegalArgumentException when the prices are in more than one currency
	 */
	static Order place(UUID customerId, List<OrderedLine> lines) {
		Money total = Money.zero(lines.getFirst().unitPrice().currency());
		List<OrderLine> stored = new ArrayList<>();
		for (OrderedLine line : lines) {
			total = total.plus(line.unitPrice().times(line.quantity()));
			stored.add(new OrderLine(line.sku(), line.quantity(), line.unitPrice().amount()));
		}
		return new Order(customerId, total, stored);
	}

	/**
	 * Records the payment authorized for a PENDING order: from now on the order is only
	 * completed, never rejected, unless its stock turns out not to be held.
	 */
	void recordAuthorization(UUID paymentId) {
		requirePending("record the payment of");
		this.paymentId = paymentId;
		this.updatedAt = now();
	}

	/** Confirms a PENDING order whose stock is committed and payment authorized. */
	void confirm(UUID paymentId) {
		requirePending("confirm");
		this.status = OrderStatus.CONFIRMED;
		this.paymentId = paymentId;
		this.updatedAt = now();
	}

	/**
	 * Rejects a PENDING order because a step of placing it failed.
	 * @param reason why
	 * @param compensate whether other modules may hold something for it (stock, money)
	 * that must be given back; the order then owes that compensation until
	 * {@link #compensated()}
	 */
	void reject(String reason, boolean compensate) {
		requirePending("reject");
		this.status = OrderStatus.REJECTED;
		this.rejectionReason = shorten(reason);
		this.compensationDue = compensate;
		this.updatedAt = now();
	}

	/**
	 * Records that whatever other modules held for this rejected order was given back.
	 */
	void compensated() {
		this.compensationDue = false;
		this.updatedAt = now();
	}

	/**
	 * Cancels a CONFIRMED order.
	 * @throws OrderNotCancellableException when the order is not CONFIRMED
	 */
	void cancel(String reason) {
		if (this.status != OrderStatus.CONFIRMED) {
			throw new OrderNotCancellableException(this.id, this.status);
		}
		this.status = OrderStatus.CANCELLED;
		this.cancellationReason = shorten(reason);
		this.updatedAt = now();
	}

	/** Records when the order's payment was captured; a later capture changes nothing. */
	void recordCapture(Instant capturedAt) {
		if (this.capturedAt == null) {
			this.capturedAt = capturedAt.truncatedTo(ChronoUnit.MICROS);
			this.updatedAt = now();
		}
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	OrderStatus status() {
		return this.status;
	}

	Money total() {
		return new Money(this.totalAmount, this.currency);
	}

	List<OrderedLine> lines() {
		return this.lines.stream()
			.map((line) -> new OrderedLine(line.sku(), line.quantity(), new Money(line.unitPrice(), this.currency)))
			.toList();
	}

	@Nullable String rejectionReason() {
		return this.rejectionReason;
	}

	@Nullable String cancellationReason() {
		return this.cancellationReason;
	}

	@Nullable UUID paymentId() {
		return this.paymentId;
	}

	boolean compensationDue() {
		return this.compensationDue;
	}

	@Nullable Instant capturedAt() {
		return this.capturedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	private void requirePending(String action) {
		if (this.status != OrderStatus.PENDING) {
			throw new IllegalStateException("Cannot " + action + " order " + this.id + ": it is " + this.status);
		}
	}

	private static String shorten(String reason) {
		return (reason.length() <= MAX_REASON_LENGTH) ? reason : reason.substring(0, MAX_REASON_LENGTH);
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
