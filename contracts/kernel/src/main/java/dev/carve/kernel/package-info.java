/**
 * The shop's shared value types, below its contracts: {@link dev.carve.kernel.Money},
 * {@link dev.carve.kernel.Sku} (with {@link dev.carve.kernel.SkuFormat}, the one
 * constraint for SKUs from outside) and paging. Plain Java and the Bean Validation API,
 * no framework types, so contracts stay free of Spring, HTTP clients and gRPC.
 */
@NullMarked
package dev.carve.kernel;

import org.jspecify.annotations.NullMarked;
