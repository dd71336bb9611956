/**
 * The vocabulary of the migration toolkit that contracts and the runtime share: a
 * {@link dev.carve.api.DomainEvent}, a {@link dev.carve.api.DomainException} and its
 * {@link dev.carve.api.ErrorKind} (which the runtime turns into a problem response or a
 * gRPC status), {@link dev.carve.api.Idempotent} (which the call policy reads) and
 * {@link dev.carve.api.Text} (what free text may contain). Plain Java, no framework
 * types: a contract that uses it stays free of Spring, HTTP clients and gRPC.
 */
@NullMarked
package dev.carve.api;

import org.jspecify.annotations.NullMarked;
