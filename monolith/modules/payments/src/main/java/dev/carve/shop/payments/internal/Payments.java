package dev.carve.shop.payments.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.payments.PaymentNotFoundException;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The payments, one per order. */
public interface Payments extends Repository<Payment, UUID> {

	/** Stores a new or changed payment and writes it to the database at once. */
	Payment saveAndFlush(Payment payment);

	/** The payment of an order, if it has one. */
	Optional<Payment> findByOrderId(UUID orderId);

	/**
	 * Payments in a state since before a time, oldest first, at most 100: what the
	 * reconciliation looks at.
	 */
	List<Payment> findFirst100ByStatusAndCreatedAtBeforeOrderByCreatedAt(PaymentStatus status, Instant before);

	/**
	 * The payment with the given id, locked until the current transaction ends, so that
	 * concurrent captures and refunds of one payment take turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.id = :id")
	Optional<Payment> findForUpdate(UUID id);

	/**
	 * The payment with the given id, locked as {@link #findForUpdate} locks it.
	 * @throws PaymentNotFoundException when there is none
	 */
	default Payment lock(UUID id) {
		return findForUpdate(id).orElseThrow(() -> new PaymentNotFoundException(id));
	}

	/**
	 * The payment of an order, if it has one, locked until the current transaction ends
	 * like {@link #findForUpdate}.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.orderId = :orderId")
	Optional<Payment> findForUpdateByOrderId(UUID orderId);

}
