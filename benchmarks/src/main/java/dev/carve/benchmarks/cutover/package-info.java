/**
 * A live cutover as operators make it: the built monolith, inventory-service and
 * {@code carve} jars as processes on loopback, an open loop of orders at a fixed rate
 * through {@code carve move} and {@code carve cutover}, and the orders' latency beside a
 * baseline of the same run.
 */
@NullMarked
package dev.carve.benchmarks.cutover;

import org.jspecify.annotations.NullMarked;
