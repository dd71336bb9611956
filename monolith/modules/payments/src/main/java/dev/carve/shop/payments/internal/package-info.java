/**
 * The payments module's inside: the payment aggregate, its repositories, the use cases,
 * the provider adapter, the HTTP API, the listeners for order events, the reconciliation
 * and the settings.
 */
@NullMarked
package dev.carve.shop.payments.internal;

import org.jspecify.annotations.NullMarked;
