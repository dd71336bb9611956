/**
 * The orders module's inside: the order aggregate, its repository, the placement saga,
 * the HTTP API and the listeners for payment events.
 */
@NullMarked
package dev.carve.shop.orders.internal;

import org.jspecify.annotations.NullMarked;
