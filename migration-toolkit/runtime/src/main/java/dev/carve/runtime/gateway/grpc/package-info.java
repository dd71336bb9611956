/**
 * The gRPC transport of remote gateways: channels with the caller's token, failure
 * translation on the consumer side, domain errors as {@code google.rpc.ErrorInfo} on the
 * provider side.
 */
@NullMarked
package dev.carve.runtime.gateway.grpc;

import org.jspecify.annotations.NullMarked;
