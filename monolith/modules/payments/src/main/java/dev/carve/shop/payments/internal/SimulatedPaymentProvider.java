package dev.carve.shop.payments.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.carve.kernel.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A payment provider that moves no money: it approves every authorization unless told to
 * decline, and can be made slow. It declines when {@link #settings() declineAll} is on,
 * for the customers in {@code shop.payments.simulator.decline-customers}, and for amounts
 * above {@code shop.payments.simulator.decline-above}. Every call takes at least the
 * current latency. Authorization ids are derived from the reference, so a repeated
 * authorization gets the same id. Settings can be changed while it runs, for tests and
 * demos.
 */
@Component
class SimulatedPaymentProvider implements PaymentProvider {

	private final PaymentsProperties.Simulator configured;

	private volatile SimulatorSettings settings;

	SimulatedPaymentProvider(PaymentsProperties properties) {
		this.configured = properties.simulator();
		this.settings = new SimulatorSettings(false, this.configured.latency().toMillis());
	}

	/** What the simulator does now. */
	SimulatorSettings settings() {
		return this.settings;
	}

	/** Changes whether every authorization is declined and how slow each call is. */
	void apply(SimulatorSettings settings) {
		this.settings = settings;
	}

	@Override
	public ProviderDecision authorize(Money amount, UUID customerId, String reference) {
		pause();
		String reason = declineReason(amount, customerId);
		if (reason != null) {
			return new ProviderDecision.Declined(reason);
		}
		UUID id = UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8));
		return new ProviderDecision.Approved("sim-" + id);
	}

	private @Nullable String declineReason(Money amount, UUID customerId) {
		if (this.settings.declineAll()) {
			return "the provider declines all payments";
		}
		if (this.configured.declineCustomers().contains(customerId)) {
			return "the card was declined";
		}
		BigDecimal limit = this.configured.declineAbove();
		if (limit != null && amount.amount().compareTo(limit) > 0) {
			return "the amount " + amount + " is above the limit of " + limit.toPlainString();
		}
		return null;
	}

	@Override
	public void capture(String authorizationId) {
		pause();
	}

	@Override
	public void refund(String authorizationId) {
		pause();
	}

	@Override
	public void voidAuthorization(String authorizationId) {
		pause();
	}

	private void pause() {
		Duration latency = Duration.ofMillis(this.settings.latencyMillis());
		if (latency.isZero()) {
			return;
		}
		try {
			Thread.sleep(latency);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling the payment provider", ex);
		}
	}

}
