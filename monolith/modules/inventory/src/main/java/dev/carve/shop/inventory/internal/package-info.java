/**
 * The inventory's inside: stock and reservation tables, the HTTP API, the listeners to
 * order events and the job that lets reservations expire.
 */
@NullMarked
package dev.carve.shop.inventory.internal;

import org.jspecify.annotations.NullMarked;
