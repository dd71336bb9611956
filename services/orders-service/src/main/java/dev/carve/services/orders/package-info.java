/**
 * The orders service: the orders module in a process of its own, with its own database,
 * calling catalog, inventory and payments where they run.
 */
@NullMarked
package dev.carve.services.orders;

import org.jspecify.annotations.NullMarked;
