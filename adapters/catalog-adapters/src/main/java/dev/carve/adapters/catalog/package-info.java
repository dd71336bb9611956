/**
 * The catalog gateway across a process boundary: {@code GrpcCatalogGateway} and the
 * runtime's HTTP client of {@code CatalogHttpApi} for processes where catalog is remote,
 * and the gRPC service and HTTP endpoints that serve {@code CatalogGateway} where it is
 * in-process.
 */
@NullMarked
package dev.carve.adapters.catalog;

import org.jspecify.annotations.NullMarked;
