/**
 * The identity gateway across a process boundary: {@code GrpcIdentityGateway} and the
 * runtime's HTTP client of {@code IdentityHttpApi} for processes where identity is
 * remote, and the gRPC service and HTTP endpoints that serve {@code IdentityGateway}
 * where it is in-process.
 */
@NullMarked
package dev.carve.adapters.identity;

import org.jspecify.annotations.NullMarked;
