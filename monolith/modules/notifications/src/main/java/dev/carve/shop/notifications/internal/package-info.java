/**
 * The notifications module's inside: the notification aggregate, its repositories, the
 * listeners that record notifications and the HTTP API.
 */
@NullMarked
package dev.carve.shop.notifications.internal;

import org.jspecify.annotations.NullMarked;
