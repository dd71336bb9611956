package dev.carve.shop.payments;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.contracts.payments.PaymentRequestConflictException;
import dev.carve.runtime.events.EventOutbox;
import dev.carve.shop.payments.internal.Payment;
import dev.carve.shop.payments.internal.PaymentProvider;
import dev.carve.shop.payments.internal.PaymentStatus;
import dev.carve.shop.payments.internal.Payments;
import dev.carve.shop.payments.internal.ProviderDecision;
import dev.carve.shop.payments.internal.Refund;
import dev.carve.shop.payments.internal.Refunds;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payments module's own {@link PaymentGateway}: payments through the
 * {@link PaymentProvider}, one per order.
 *
 * <p>
 * {@link #authorize} asks the provider outside any transaction and records the outcome in
 * a transaction of its own, so a declined payment and its {@link PaymentFailed} event are
 * kept although {@link PaymentDeclinedException} propagates, and an in-process caller's
 * rollback leaves the payment as a remote call would. Authorizing an order again answers
 * as the first time did, without asking the provider, when the customer and amount are
 * the same; otherwise it is refused with {@link PaymentRequestConflictException}.
 * {@link #capture}, {@link #refund} and {@link #cancelForOrder} lock the payment for the
 * length of the caller's transaction (or their own), so repeats and concurrent calls have
 * one effect.
 */
@Service
public class PaymentManagement implements PaymentGateway {

	private final Payments payments;

	private final Refunds refunds;

	private final PaymentProvider provider;

	private final EventOutbox outbox;

	private final TransactionTemplate ownTransaction;

	PaymentManagement(Payments payments, Refunds refunds, PaymentProvider provider, EventOutbox outbox,
			PlatformTransactionManager transactionManager) {
		this.payments = payments;
		this.refunds = refunds;
		this.provider = provider;
		this.outbox = outbox;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public PaymentAuthorization authorize(AuthorizePayment request) {
		Optional<Payment> existing = this.payments.findByOrderId(request.orderId());
		if (existing.isPresent()) {
			return outcomeOf(sameRequest(existing.get(), request));
		}
		ProviderDecision decision = this.provider.authorize(request.amount(), request.customerId(),
				request.orderId().toString());
		Payment recorded;
		try {
			recorded = Objects.requireNonNull(this.ownTransaction.execute((status) -> record(request, decision)));
		}
		catch (DataIntegrityViolationException ex) {
			recorded = sameRequest(this.payments.findByOrderId(request.orderId()).orElseThrow(() -> ex), request);
		}
		return outcomeOf(recorded);
	}

	private static Payment sameRequest(Payment payment, AuthorizePayment request) {
		if (!payment.customerId().equals(request.customerId()) || !payment.amount().equals(request.amount())) {
			throw new PaymentRequestConflictException(request.orderId());
		}
		return payment;
	}

	private Payment record(AuthorizePayment request, ProviderDecision decision) {
		return switch (decision) {
			case ProviderDecision.Approved approved -> this.payments.saveAndFlush(Payment.authorized(request.orderId(),
					request.customerId(), request.amount(), approved.authorizationId()));
			case ProviderDecision.Declined declined -> {
				Payment payment = this.payments.saveAndFlush(
						Payment.declined(request.orderId(), request.customerId(), request.amount(), declined.reason()));
				this.outbox.publish(new PaymentFailed(UUID.randomUUID(), payment.id(), payment.orderId(),
						declined.reason(), Instant.now()));
				yield payment;
			}
		};
	}

	private static PaymentAuthorization outcomeOf(Payment payment) {
		if (payment.status() == PaymentStatus.DECLINED) {
			throw new PaymentDeclinedException(payment.orderId(),
					Objects.requireNonNullElse(payment.declineReason(), "declined"));
		}
		return payment.authorization();
	}

	@Override
	@Transactional
	public void capture(UUID paymentId) {
		Payment payment = locked(paymentId);
		if (payment.status() == PaymentStatus.CAPTURED) {
			return;
		}
		payment.capture();
		this.provider.capture(reference(payment));
		this.outbox.publish(new PaymentCaptured(UUID.randomUUID(), payment.id(), payment.orderId(), payment.amount(),
				Instant.now()));
	}

	/** {@inheritDoc} Refunding a declined or voided payment does nothing either. */
	@Override
	@Transactional
	public void refund(UUID paymentId) {
		release(locked(paymentId));
	}

	@Override
	@Transactional
	public void cancelForOrder(UUID orderId) {
		this.payments.findForUpdateByOrderId(orderId).ifPresent(this::release);
	}

	private void release(Payment payment) {
		switch (payment.status()) {
			case AUTHORIZED -> {
				payment.voidAuthorization();
				this.provider.voidAuthorization(reference(payment));
			}
			case CAPTURED -> {
				payment.refund();
				this.refunds.save(Refund.inFull(payment));
				this.provider.refund(reference(payment));
			}
			case REFUNDED, VOIDED, DECLINED -> {
			}
		}
	}

	private Payment locked(UUID paymentId) {
		return this.payments.findForUpdate(paymentId).orElseThrow(() -> new PaymentNotFoundException(paymentId));
	}

	private static String reference(Payment payment) {
		return Objects.requireNonNull(payment.providerReference(), "an authorized payment has a provider reference");
	}

}
