/**
 * The payment gateway across a process boundary: {@code GrpcPaymentGateway} and the
 * runtime's HTTP client of {@code PaymentsHttpApi} for processes where payments is
 * remote, and the gRPC service and HTTP endpoints that serve {@code PaymentGateway} where
 * it is in-process.
 */
@NullMarked
package dev.carve.adapters.payments;

import org.jspecify.annotations.NullMarked;
