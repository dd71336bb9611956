/**
 * The shared kernel: value types every module and contract may use. Plain Java, no
 * framework types, so contracts stay free of Spring, HTTP clients and gRPC.
 */
@NullMarked
package dev.carve.kernel;

import org.jspecify.annotations.NullMarked;
