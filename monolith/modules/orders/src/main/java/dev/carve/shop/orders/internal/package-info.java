/**
 * The orders module's inside: the order aggregate, its repository, the placement saga,
 * the HTTP API, the listeners for payment events and the settings.
 */
@NullMarked
package dev.carve.shop.orders.internal;

import org.jspecify.annotations.NullMarked;
