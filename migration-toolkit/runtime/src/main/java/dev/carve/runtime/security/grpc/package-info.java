/**
 * The gRPC server's side of the trust boundary: gateway services answer only modules of
 * this system.
 */
@NullMarked
package dev.carve.runtime.security.grpc;

import org.jspecify.annotations.NullMarked;
