/**
 * What the payments module offers other modules: authorize, capture, refund and cancel
 * payments, and the {@link dev.carve.contracts.payments.PaymentCaptured} and
 * {@link dev.carve.contracts.payments.PaymentFailed} events.
 */
@NullMarked
package dev.carve.contracts.payments;

import org.jspecify.annotations.NullMarked;
