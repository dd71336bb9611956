/**
 * The catalog's inside: the product aggregate, its repository, the use cases and the HTTP
 * API.
 */
@NullMarked
package dev.carve.shop.catalog.internal;

import org.jspecify.annotations.NullMarked;
