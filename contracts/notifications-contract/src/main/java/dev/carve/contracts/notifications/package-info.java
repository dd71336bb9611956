/**
 * The notifications module offers no gateway and publishes no event: it consumes others'
 * events and serves customers their notifications over HTTP. Its contract is the proto
 * and OpenAPI description of that API.
 */
@NullMarked
package dev.carve.contracts.notifications;

import org.jspecify.annotations.NullMarked;
