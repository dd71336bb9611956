/**
 * Real servers for tests. PostgreSQL comes from the embedded binaries by default, or from
 * Testcontainers when the system property {@code carve.test.infra} is
 * {@code testcontainers} (that needs a Docker engine). Each server starts once per test
 * JVM.
 */
@NullMarked
package dev.carve.testkit;

import org.jspecify.annotations.NullMarked;
