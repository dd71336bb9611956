/**
 * The catalog service: the catalog module in a process of its own, with its own database.
 */
@NullMarked
package dev.carve.services.catalog;

import org.jspecify.annotations.NullMarked;
