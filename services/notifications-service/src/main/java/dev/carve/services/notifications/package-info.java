/**
 * The notifications service: the notifications module in a process of its own, with its
 * own database.
 */
@NullMarked
package dev.carve.services.notifications;

import org.jspecify.annotations.NullMarked;
