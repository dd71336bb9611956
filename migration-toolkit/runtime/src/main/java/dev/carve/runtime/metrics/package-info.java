/**
 * How a process's metrics are read.
 */
@NullMarked
package dev.carve.runtime.metrics;

import org.jspecify.annotations.NullMarked;
