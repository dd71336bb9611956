/**
 * The notifications module offers no gateway and publishes no event: it consumes others'
 * events and serves customers their notifications over HTTP. Its contract is the OpenAPI
 * description of that API; no other module calls it, so it has no gRPC service (and puts
 * neither gRPC nor protobuf on its users' class path).
 */
@NullMarked
package dev.carve.contracts.notifications;

import org.jspecify.annotations.NullMarked;
