/**
 * The carve CLI's move, verify and resume as users run them: the built {@code carve.jar}
 * as a process between two real PostgreSQL servers with a real Kafka broker, beside a raw
 * binary {@code COPY} pipe of the same rows.
 */
@NullMarked
package dev.carve.benchmarks.move;

import org.jspecify.annotations.NullMarked;
