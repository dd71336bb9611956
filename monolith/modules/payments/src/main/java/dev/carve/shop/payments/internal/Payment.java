package dev.carve.shop.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The payment of one order: its amount, its state at the provider and the provider's
 * reference for it. A payment is {@code REQUESTED} before the provider is asked, then
 * {@code AUTHORIZED}, {@code DECLINED} or (when its order was cancelled meanwhile)
 * {@code VOIDED}; it moves from {@code AUTHORIZED} to {@code CAPTURED} and then
 * {@code REFUNDED}, or from {@code AUTHORIZED} to {@code VOIDED}. {@code DECLINED},
 * {@code VOIDED} and {@code REFUNDED} are final.
 */
@Entity
@Table(schema = "payments", name = "payments")
public class Payment {

	@Id
	private UUID id;

	private UUID orderId;

	private UUID customerId;

	private BigDecimal amount;

	private String currency;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	private @Nullable String providerReference;

	private @Nullable String declineReason;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	/** For JPA. */
	protected Payment() {
	}

	/**
	 * The optimistic-locking version, {@code null} until the payment is first stored:
	 * Spring Data's new-entity check reads it. Without this getter the check finds no
	 * property, throws and catches an exception, and only then reads the field.
	 * @return the version, or {@code null} for a new payment
	 */
	public @Nullable Long getVersion() {
		return this.version;
	}

	private Payment(UUID orderId, UUID customerId, Money amount, PaymentStatus status) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.customerId = customerId;
		this.amount = amount.amount();
		this.currency = amount.currency();
		this.status = status;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/** A payment about to be asked of the provider. */
	public static Payment requested(UUID orderId, UUID customerId, Money amount) {
		return new Payment(orderId, customerId, amount, PaymentStatus.REQUESTED);
	}

	/** Records that the provider authorized the requested payment under the reference. */
	public void authorized(String providerReference) {
		moveTo(PaymentStatus.AUTHORIZED, PaymentStatus.REQUESTED);
		this.providerReference = providerReference;
	}

	/** Records that the provider declined the requested payment. */
	public void declined(String reason) {
		moveTo(PaymentStatus.DECLINED, PaymentStatus.REQUESTED);
		this.declineReason = reason;
	}

	/**
	 * Records that the provider authorized the requested payment after its order was
	 * cancelled, and that the authorization is voided.
	 */
	public void authorizedTooLate(String providerReference) {
		moveTo(PaymentStatus.VOIDED, PaymentStatus.REQUESTED);
		this.providerReference = providerReference;
	}

	/** Marks the payment captured; only an authorized payment can be. */
	public void capture() {
		moveTo(PaymentStatus.CAPTURED, PaymentStatus.AUTHORIZED);
	}

	/** Marks a captured payment refunded. */
	public void refund() {
		moveTo(PaymentStatus.REFUNDED, PaymentStatus.CAPTURED);
	}

	/** Marks an authorized payment voided. */
	public void voidAuthorization() {
		moveTo(PaymentStatus.VOIDED, PaymentStatus.AUTHORIZED);
	}

	private void moveTo(PaymentStatus next, PaymentStatus required) {
		if (this.status != required) {
			throw new PaymentStateException(this.id, this.status.name(), next.name());
		}
		this.status = next;
		this.updatedAt = Instant.now();
	}

	/** The payment as the gateway returns it. */
	public PaymentAuthorization authorization() {
		return new PaymentAuthorization(this.id, this.orderId, amount());
	}

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public Money amount() {
		return new Money(this.amount, this.currency);
	}

	public PaymentStatus status() {
		return this.status;
	}

	/** The provider's id of the authorization; {@code null} for a declined payment. */
	public @Nullable String providerReference() {
		return this.providerReference;
	}

	/** Why the provider declined; {@code null} unless declined. */
	public @Nullable String declineReason() {
		return this.declineReason;
	}

}
