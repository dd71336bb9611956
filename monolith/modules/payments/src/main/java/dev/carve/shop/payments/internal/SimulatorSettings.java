package dev.carve.shop.payments.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How the simulated payment provider behaves right now; also the body of
 * {@code PUT /api/v1/payments/simulator}.
 *
 * @param declineAll whether every authorization is declined, whatever the amount and
 * customer
 * @param latencyMillis how many milliseconds each call to the provider takes, 0 to 60000
 */
record SimulatorSettings(@NotNull Boolean declineAll, @NotNull @PositiveOrZero @Max(60_000) Long latencyMillis) {
}
