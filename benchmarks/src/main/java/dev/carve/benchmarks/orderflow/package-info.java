/**
 * The order flow as users drive it: the built jars as processes on loopback, a closed
 * loop of concurrent clients placing orders, and the CPU each process spends per order.
 */
@NullMarked
package dev.carve.benchmarks.orderflow;

import org.jspecify.annotations.NullMarked;
