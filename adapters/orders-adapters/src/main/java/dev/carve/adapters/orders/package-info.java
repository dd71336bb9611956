/**
 * The order gateway across a process boundary: {@code GrpcOrderGateway} and the runtime's
 * HTTP client of {@code OrdersHttpApi} for processes where orders is remote, and the gRPC
 * service and HTTP endpoints that serve {@code OrderGateway} where it is in-process.
 */
@NullMarked
package dev.carve.adapters.orders;

import org.jspecify.annotations.NullMarked;
