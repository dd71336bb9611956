package dev.carve.shop.payments.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payments module, under {@code shop.payments}.
 *
 * @param simulator how the simulated payment provider behaves
 * @param reconciliation how payments left unsettled are found and settled
 */
@ConfigurationProperties("shop.payments")
public record PaymentsProperties(@DefaultValue Simulator simulator, @DefaultValue Reconciliation reconciliation) {

	/**
	 * The reconciliation, which voids money held for orders that will never be confirmed.
	 *
	 * @param unsettledAfter how old a payment must be before the reconciliation looks at
	 * it: longer than placing an order takes, so that it never races a placement still
	 * running
	 * @param interval how often it runs
	 */
	public record Reconciliation(@DefaultValue("2m") Duration unsettledAfter, @DefaultValue("30s") Duration interval) {

		public Reconciliation {
			if (!unsettledAfter.isPositive() || !interval.isPositive()) {
				throw new IllegalArgumentException("shop.payments.reconciliation.unsettled-after and"
						+ " shop.payments.reconciliation.interval must be positive");
			}
		}

	}

	/**
	 * The simulated payment provider, the module's only provider adapter.
	 *
	 * @param declineAbove the amount above which every authorization is declined, in any
	 * currency, such as {@code 1000.00}; no limit when not set
	 * @param declineCustomers customers whose authorizations are always declined
	 * @param latency how long each call to the provider takes in addition to its work
	 */
	public record Simulator(@Nullable BigDecimal declineAbove, @DefaultValue List<UUID> declineCustomers,
			@DefaultValue("0ms") Duration latency) {

		public Simulator {
			declineCustomers = List.copyOf(declineCustomers);
			if (latency.isNegative()) {
				throw new IllegalArgumentException("shop.payments.simulator.latency must not be negative");
			}
		}

	}

}
