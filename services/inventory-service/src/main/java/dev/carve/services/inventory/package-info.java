/**
 * The inventory service: the inventory module in a process of its own, with its own
 * database.
 */
@NullMarked
package dev.carve.services.inventory;

import org.jspecify.annotations.NullMarked;
