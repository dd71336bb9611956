/**
 * The payments module: authorizes, captures and refunds order payments through a payment
 * provider, and publishes {@code PaymentCaptured} and {@code PaymentFailed}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.carve.shop.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
