/**
 * The inventory's inside: stock and reservation tables, the use cases, the HTTP API, the
 * listeners to order events, the job that lets reservations expire and the settings.
 */
@NullMarked
package dev.carve.shop.inventory.internal;

import org.jspecify.annotations.NullMarked;
