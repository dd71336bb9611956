package dev.carve.shop.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money paid back on a captured payment, in the payment's currency. */
@Entity
@Table(schema = "payments", name = "refunds")
public class Refund {

	@Id
	private UUID id;

	private UUID paymentId;

	private BigDecimal amount;

	private Instant createdAt;

	/** For JPA. */
	protected Refund() {
	}

	private Refund(UUID paymentId, BigDecimal amount) {
		this.id = UUID.randomUUID();
		this.paymentId = paymentId;
		this.amount = amount;
		this.createdAt = Instant.now();
	}

	/** A refund of the whole amount of a payment. */
	public static Refund inFull(Payment payment) {
		return new Refund(payment.id(), payment.amount().amount());
	}

}
