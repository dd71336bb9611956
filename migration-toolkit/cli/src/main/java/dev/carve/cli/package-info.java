/**
 * The {@code carve} command: plans, moves and verifies one module's schema between
 * PostgreSQL databases.
 */
@NullMarked
package dev.carve.cli;

import org.jspecify.annotations.NullMarked;
