/**
 * Events between modules: the outbox each module writes in its own transactions, the
 * relay that delivers it, and the inbox that makes consumption idempotent.
 */
@NullMarked
package dev.carve.runtime.events;

import org.jspecify.annotations.NullMarked;
