/**
 * The HTTP transport of remote gateways: Spring HTTP interface clients over a pooled
 * {@code RestClient} with the caller's token and per-attempt timeouts, and translation of
 * RFC 9457 problems back into domain exceptions.
 */
@NullMarked
package dev.carve.runtime.gateway.http;

import org.jspecify.annotations.NullMarked;
