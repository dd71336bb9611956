/**
 * The payments service: the payments module in a process of its own, with its own
 * database.
 */
@NullMarked
package dev.carve.services.payments;

import org.jspecify.annotations.NullMarked;
