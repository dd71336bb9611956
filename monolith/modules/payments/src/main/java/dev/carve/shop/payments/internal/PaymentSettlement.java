package dev.carve.shop.payments.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.runtime.events.EventOutbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles authorized payments through the {@link PaymentProvider}: captures, refunds and
 * voids them, as the module's in-process
 * {@link dev.carve.contracts.payments.PaymentGateway} and as orders are decided. Public
 * for the module's root package, whose gateway implementation delegates to it.
 * {@link #capture}, {@link #refund} and {@link #cancelForOrder} lock the payment for the
 * length of the caller's transaction (or their own), so repeats and concurrent calls have
 * one effect.
 */
@Service
public class PaymentSettlement {

	private final Payments payments;

	private final Refunds refunds;

	private final OrderCancellations cancellations;

	private final PaymentProvider provider;

	private final EventOutbox outbox;

	PaymentSettlement(Payments payments, Refunds refunds, OrderCancellations cancellations, PaymentProvider provider,
			EventOutbox outbox) {
		this.payments = payments;
		this.refunds = refunds;
		this.cancellations = cancellations;
		this.provider = provider;
		this.outbox = outbox;
	}

	/**
	 * Captures an authorized payment, as
	 * {@link dev.carve.contracts.payments.PaymentGateway#capture} states.
	 */
	@Transactional
	public void capture(UUID paymentId) {
		Payment payment = this.payments.lock(paymentId);
		if (payment.status() == PaymentStatus.CAPTURED) {
			return;
		}
		payment.capture();
		this.provider.capture(reference(payment));
		this.outbox.publish(new PaymentCaptured(UUID.randomUUID(), payment.id(), payment.orderId(), payment.amount(),
				Instant.now()));
	}

	/**
	 * Refunds a payment in full, or voids it if it was only authorized, as
	 * {@link dev.carve.contracts.payments.PaymentGateway#refund} states. Refunding a
	 * declined or voided payment does nothing either.
	 */
	@Transactional
	public void refund(UUID paymentId) {
		release(this.payments.lock(paymentId));
	}

	/**
	 * Releases whatever payment an order holds, as
	 * {@link dev.carve.contracts.payments.PaymentGateway#cancelForOrder} states. The
	 * cancellation is remembered, so that an authorization still under way, or one that
	 * arrives later, is voided as soon as the provider answers.
	 */
	@Transactional
	public void cancelForOrder(UUID orderId) {
		this.cancellations.add(orderId);
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
			case REQUESTED, REFUNDED, VOIDED, DECLINED -> {
			}
		}
	}

	private static String reference(Payment payment) {
		return Objects.requireNonNull(payment.providerReference(), "an authorized payment has a provider reference");
	}

}
