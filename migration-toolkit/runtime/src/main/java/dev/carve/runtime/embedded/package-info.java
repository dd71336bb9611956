/**
 * The embedded PostgreSQL a process starts when no datasource is configured.
 */
@NullMarked
package dev.carve.runtime.embedded;

import org.jspecify.annotations.NullMarked;
