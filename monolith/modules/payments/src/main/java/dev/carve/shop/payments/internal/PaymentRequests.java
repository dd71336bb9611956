package dev.carve.shop.payments.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.contracts.payments.PaymentRequestConflictException;
import dev.carve.runtime.events.EventOutbox;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Authorizes payments through the {@link PaymentProvider}, one per order: the
 * authorization of the module's in-process
 * {@link dev.carve.contracts.payments.PaymentGateway}. Public for the module's root
 * package, whose gateway implementation delegates to it.
 *
 * <p>
 * {@link #authorize} first stores the payment REQUESTED in a transaction of its own, then
 * asks the provider outside any transaction, then records the answer in a transaction of
 * its own, so a declined payment and its {@link PaymentFailed} event are kept although
 * {@link PaymentDeclinedException} propagates, and an in-process caller's rollback leaves
 * the payment as a remote call would. A payment whose answer was never recorded stays
 * REQUESTED until the reconciliation asks again ({@link #askAgain}). Authorizing an order
 * again answers as the first time did, without asking the provider, when the customer and
 * amount are the same; otherwise it is refused with
 * {@link PaymentRequestConflictException}. An order whose payment was cancelled
 * ({@link PaymentSettlement#cancelForOrder}) before or while it was authorized is refused
 * with {@link PaymentDeclinedException}, and an authorization the provider gave meanwhile
 * is voided at once.
 */
@Service
public class PaymentRequests {

	/**
	 * The reason an authorization for an order whose payment was cancelled is refused.
	 */
	static final String ORDER_CANCELLED = "the order's payment was cancelled";

	private final Payments payments;

	private final OrderCancellations cancellations;

	private final PaymentProvider provider;

	private final EventOutbox outbox;

	private final TransactionTemplate ownTransaction;

	PaymentRequests(Payments payments, OrderCancellations cancellations, PaymentProvider provider, EventOutbox outbox,
			PlatformTransactionManager transactionManager) {
		this.payments = payments;
		this.cancellations = cancellations;
		this.provider = provider;
		this.outbox = outbox;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Authorizes the order's payment, as
	 * {@link dev.carve.contracts.payments.PaymentGateway#authorize} states.
	 */
	public PaymentAuthorization authorize(AuthorizePayment request) {
		Payment payment = sameRequest(requested(request), request);
		if (payment.status() != PaymentStatus.REQUESTED) {
			return outcomeOf(payment);
		}
		return outcomeOf(ask(payment));
	}

	/**
	 * Asks the provider again about a payment whose answer was never recorded (the
	 * process stopped, or the database failed, after the provider was asked) and records
	 * the answer. The provider treats the repeat as the same request. Does nothing when
	 * the answer is recorded meanwhile.
	 * @param orderId the order of a REQUESTED payment
	 */
	public void askAgain(UUID orderId) {
		this.payments.findByOrderId(orderId)
			.filter((payment) -> payment.status() == PaymentStatus.REQUESTED)
			.ifPresent(this::ask);
	}

	/**
	 * The order's payment: the one it has, or a new REQUESTED one stored in a transaction
	 * of its own before the provider is asked.
	 * @throws PaymentDeclinedException when the order's payment was cancelled before it
	 * was requested
	 */
	private Payment requested(AuthorizePayment request) {
		Optional<Payment> existing = this.payments.findByOrderId(request.orderId());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (this.cancellations.contains(request.orderId())) {
			throw new PaymentDeclinedException(request.orderId(), ORDER_CANCELLED);
		}
		try {
			return Objects.requireNonNull(this.ownTransaction.execute((status) -> this.payments
				.saveAndFlush(Payment.requested(request.orderId(), request.customerId(), request.amount()))));
		}
		catch (DataIntegrityViolationException ex) {
			return this.payments.findByOrderId(request.orderId()).orElseThrow(() -> ex);
		}
	}

	private Payment ask(Payment payment) {
		ProviderDecision decision = this.provider.authorize(payment.amount(), payment.customerId(),
				payment.orderId().toString());
		return Objects.requireNonNull(this.ownTransaction.execute((status) -> record(payment.id(), decision)));
	}

	private static Payment sameRequest(Payment payment, AuthorizePayment request) {
		if (!payment.customerId().equals(request.customerId()) || !payment.amount().equals(request.amount())) {
			throw new PaymentRequestConflictException(request.orderId());
		}
		return payment;
	}

	/**
	 * Records the provider's answer under the payment's lock; an approval for an order
	 * whose payment was cancelled meanwhile is voided at the provider at once.
	 */
	private Payment record(UUID paymentId, ProviderDecision decision) {
		Payment payment = this.payments.lock(paymentId);
		if (payment.status() != PaymentStatus.REQUESTED) {
			return payment;
		}
		switch (decision) {
			case ProviderDecision.Approved approved -> {
				if (this.cancellations.contains(payment.orderId())) {
					payment.authorizedTooLate(approved.authorizationId());
					this.provider.voidAuthorization(approved.authorizationId());
				}
				else {
					payment.authorized(approved.authorizationId());
				}
			}
			case ProviderDecision.Declined declined -> {
				payment.declined(declined.reason());
				this.outbox.publish(new PaymentFailed(UUID.randomUUID(), payment.id(), payment.orderId(),
						declined.reason(), Instant.now()));
			}
		}
		return this.payments.saveAndFlush(payment);
	}

	private PaymentAuthorization outcomeOf(Payment payment) {
		if (payment.status() == PaymentStatus.DECLINED) {
			throw new PaymentDeclinedException(payment.orderId(),
					Objects.requireNonNullElse(payment.declineReason(), "declined"));
		}
		if (payment.status() == PaymentStatus.VOIDED && this.cancellations.contains(payment.orderId())) {
			throw new PaymentDeclinedException(payment.orderId(), ORDER_CANCELLED);
		}
		return payment.authorization();
	}

}
