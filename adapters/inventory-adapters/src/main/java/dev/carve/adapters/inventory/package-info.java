/**
 * The inventory gateway across a process boundary: {@code GrpcInventoryGateway} and the
 * runtime's HTTP client of {@code InventoryHttpApi} for processes where inventory is
 * remote, and the gRPC service and HTTP endpoints that serve {@code InventoryGateway}
 * where it is in-process.
 */
@NullMarked
package dev.carve.adapters.inventory;

import org.jspecify.annotations.NullMarked;
