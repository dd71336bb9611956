/**
 * The route of each module in a process's database, and the one way to change it.
 */
@NullMarked
package dev.carve.routetable;

import org.jspecify.annotations.NullMarked;
