/**
 * What a gateway call costs in each mode, beside what its transport costs bare: JMH
 * benchmarks that obtain each gateway from a Spring context per mode, through its
 * contract interface only.
 */
@NullMarked
package dev.carve.benchmarks.gateways;

import org.jspecify.annotations.NullMarked;
